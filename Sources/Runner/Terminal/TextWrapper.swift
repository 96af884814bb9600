/// Word wrapping for plain text (no escape codes) at a number of columns.
public enum TextWrapper {
    /// The lines of `text` wrapped at `width` columns: white space is folded, words longer
    /// than a line stand on a line of their own.
    public static func wrap(_ text: String, width: Int, indent: String = "", firstIndent: String? = nil) -> [String] {
        let words = text.split(whereSeparator: \.isWhitespace)
        var lines: [String] = []
        var line = firstIndent ?? indent
        var lineHasWord = false
        for word in words {
            if lineHasWord, line.count + 1 + word.count > width {
                lines.append(line)
                line = indent
                lineHasWord = false
            }
            line += (lineHasWord ? " " : "") + word
            lineHasWord = true
        }
        if lineHasWord || lines.isEmpty { lines.append(line) }
        return lines
    }
}
