/// GIFT's backslash escapes, read and written.
enum GIFTEscapes {
    /// The characters a backslash makes literal: `\~ \= \# \{ \} \: \\`; `\n` is a line break.
    static let escapable: Set<Character> = ["~", "=", "#", "{", "}", ":", "\\"]

    /// The characters of some lines, escapes resolved.
    static func characters(of lines: [(number: Int, text: Substring)]) -> [GIFTCharacter] {
        var result: [GIFTCharacter] = []
        for (position, line) in lines.enumerated() {
            if position > 0 { result.append(GIFTCharacter(character: "\n", escaped: false, line: line.number)) }
            var characters = line.text[...]
            while let character = characters.popFirst() {
                if character == "\\", let next = characters.first {
                    if escapable.contains(next) {
                        result.append(GIFTCharacter(character: next, escaped: true, line: line.number))
                        characters.removeFirst()
                        continue
                    }
                    if next == "n" {
                        result.append(GIFTCharacter(character: "\n", escaped: true, line: line.number))
                        characters.removeFirst()
                        continue
                    }
                }
                result.append(GIFTCharacter(character: character, escaped: false, line: line.number))
            }
        }
        return result
    }

    /// Text written so that GIFT reads it back as it is: specials and backslashes escaped,
    /// line breaks as `\n`.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            if escapable.contains(character) {
                result += "\\" + String(character)
            } else if character == "\n" {
                result += "\\n"
            } else {
                result.append(character)
            }
        }
        return result
    }
}
