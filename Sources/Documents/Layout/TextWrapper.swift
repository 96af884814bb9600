/// Breaks text into lines that fit a width, measured with the font's real glyph widths.
/// Lines break between words; a word wider than the whole width is broken between
/// characters, so no text is ever cut off. Newlines in the text start new lines.
enum TextWrapper {
    /// The lines, in order; at least one (empty text gives one empty line).
    static func lines(_ text: String, font: PDFFont, size: Double, width: Double) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines += wrap(paragraph: String(paragraph), font: font, size: size, width: width)
        }
        return lines.isEmpty ? [""] : lines
    }

    /// The text as it is when it fits the width, otherwise cut short with an ellipsis
    /// (for one-line page furniture such as footers, never for content).
    static func shortened(_ text: String, font: PDFFont, size: Double, width: Double) -> String {
        guard font.width(of: text, size: size) > width else { return text }
        var kept = text
        while !kept.isEmpty, font.width(of: kept + "\u{2026}", size: size) > width { kept.removeLast() }
        return kept + "\u{2026}"
    }

    private static func wrap(paragraph: String, font: PDFFont, size: Double, width: Double) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in paragraph.split(separator: " ").map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if font.width(of: candidate, size: size) <= width {
                current = candidate
                continue
            }
            if !current.isEmpty { lines.append(current) }
            if font.width(of: word, size: size) <= width {
                current = word
            } else {
                var pieces = breakWord(word, font: font, size: size, width: width)
                current = pieces.removeLast()
                lines += pieces
            }
        }
        lines.append(current)
        return lines
    }

    /// Pieces of a word that each fit the width: broken after its hyphens or slashes where
    /// that is enough, otherwise between characters (at least one character a piece).
    private static func breakWord(_ word: String, font: PDFFont, size: Double, width: Double) -> [String] {
        var segments: [String] = []
        var segment = ""
        for character in word {
            segment.append(character)
            if character == "-" || character == "/" {
                segments.append(segment)
                segment = ""
            }
        }
        if !segment.isEmpty { segments.append(segment) }

        var pieces: [String] = []
        var current = ""
        for segment in segments {
            if font.width(of: current + segment, size: size) <= width {
                current += segment
                continue
            }
            if !current.isEmpty { pieces.append(current) }
            current = ""
            for character in segment {
                let candidate = current + String(character)
                if !current.isEmpty, font.width(of: candidate, size: size) > width {
                    pieces.append(current)
                    current = String(character)
                } else {
                    current = candidate
                }
            }
        }
        pieces.append(current)
        return pieces
    }
}
