/// A run of GIFT characters, and what the parser asks of it.
typealias GIFTText = ArraySlice<GIFTCharacter>

extension ArraySlice where Element == GIFTCharacter {
    /// The text, escapes resolved.
    var string: String {
        String(map(\.character))
    }

    /// Without white space at either end.
    var trimmed: GIFTText {
        var slice = self
        while let first = slice.first, first.character.isWhitespace, !first.escaped || first.character == "\n" { slice.removeFirst() }
        while let last = slice.last, last.character.isWhitespace, !last.escaped || last.character == "\n" { slice.removeLast() }
        return slice
    }

    /// The position of the first unescaped `character`, from `start`.
    func firstSyntax(_ character: Character, from start: Int? = nil) -> Int? {
        self[(start ?? startIndex)...].firstIndex { $0.character == character && !$0.escaped }
    }

    /// The position of the first unescaped `token` (such as `->` or `####`).
    func firstSyntax(_ token: String, from start: Int? = nil) -> Int? {
        let pattern = Array(token)
        guard let head = pattern.first else { return start ?? startIndex }
        var index = start ?? startIndex
        while index + pattern.count <= endIndex {
            if self[index].character == head, matches(pattern, at: index) { return index }
            index += 1
        }
        return nil
    }

    /// Whether it starts with the unescaped `token`.
    func startsWithSyntax(_ token: String) -> Bool {
        let pattern = Array(token)
        return count >= pattern.count && matches(pattern, at: startIndex)
    }

    private func matches(_ pattern: [Character], at index: Int) -> Bool {
        for offset in pattern.indices where self[index + offset].escaped || self[index + offset].character != pattern[offset] {
            return false
        }
        return true
    }

    /// Pieces split before each unescaped character in `markers`, each with its marker
    /// (nil for what comes before the first).
    func split(before markers: Set<Character>) -> [(marker: Character?, text: GIFTText)] {
        var pieces: [(Character?, GIFTText)] = []
        var marker: Character?
        var start = startIndex
        for index in indices where !self[index].escaped && markers.contains(self[index].character) {
            pieces.append((marker, self[start..<index]))
            marker = self[index].character
            start = index + 1
        }
        pieces.append((marker, self[start..<endIndex]))
        return pieces
    }
}
