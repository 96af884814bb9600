/// Markdown as terminal text, as far as question banks use it: paragraphs and list items
/// one string each, `**bold**` as `*bold*`, headings and emphasis marks dropped, links as
/// their text with the address, images replaced by a note.
enum MarkdownText {
    static func paragraphs(_ markdown: String) -> [String] {
        var paragraphs: [String] = []
        var current: [String] = []
        func flush() {
            let text = current.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if !text.isEmpty { paragraphs.append(text) }
            current = []
        }
        for rawLine in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = rawLine.drop { $0 == " " || $0 == "\t" }
            if line.isEmpty {
                flush()
                continue
            }
            if line.hasPrefix("#") {
                flush()
                line = line.drop { $0 == "#" }
                current.append(inline(String(line)))
                flush()
            } else if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") {
                flush()
                current.append("• " + inline(String(line.dropFirst(2))))
            } else if let dot = line.firstIndex(of: "."), dot > line.startIndex, line[..<dot].allSatisfy(\.isNumber),
                line[line.index(after: dot)...].first == " "
            {
                flush()
                current.append(String(line[...dot]) + " " + inline(String(line[line.index(dot, offsetBy: 2)...])))
            } else {
                current.append(inline(String(line)))
            }
        }
        flush()
        return paragraphs
    }

    /// Inline marks: images, links, bold, emphasis, code and backslash escapes.
    static func inline(_ text: String) -> String {
        var result = ""
        var characters = Array(text)[...]
        while let character = characters.first {
            if character == "\\", characters.count > 1 {
                result.append(characters[characters.startIndex + 1])
                characters = characters.dropFirst(2)
            } else if character == "!", characters.dropFirst().first == "[", let (label, _, rest) = link(characters.dropFirst()) {
                result += label.isEmpty ? "[image not shown]" : "[image not shown: \(label)]"
                characters = rest
            } else if character == "[", let (label, address, rest) = link(characters) {
                result += address.isEmpty || address == label ? label : "\(label) (\(address))"
                characters = rest
            } else if characters.starts(with: "**") || characters.starts(with: "__") {
                result.append("*")
                characters = characters.dropFirst(2)
            } else if character == "*" || character == "_" || character == "`" {
                characters = characters.dropFirst()
            } else {
                result.append(character)
                characters = characters.dropFirst()
            }
        }
        return result
    }

    /// `[label](address)` at the start of `text`, and what follows it.
    private static func link(_ text: ArraySlice<Character>) -> (String, String, ArraySlice<Character>)? {
        guard text.first == "[", let close = text.firstIndex(of: "]"), text.index(after: close) < text.endIndex,
            text[text.index(after: close)] == "(", let end = text[close...].firstIndex(of: ")")
        else { return nil }
        let label = String(text[text.index(after: text.startIndex)..<close])
        let address = String(text[(close + 2)..<end])
        return (label, address, text[text.index(after: end)...])
    }
}
