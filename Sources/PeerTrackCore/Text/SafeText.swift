/// Text that reaches someone else's terminal: a specialist's CE title lands in a
/// supervisor's queue, a roster name in everyone's lists, a cell of a spreadsheet in a
/// refusal. Stored text may hold no control characters (C0 with TAB, LF and CR, DEL, C1)
/// and no bidirectional controls; every route in refuses them (`firstUnsafe`), and every
/// message or screen that shows a value shows any such character as a visible escape.
public enum SafeText {
    /// Whether a scalar could move the cursor, clear a screen, set a title or reorder text.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// The first unsafe character of the text, nil when there is none.
    public static func firstUnsafe(in text: String) -> Unicode.Scalar? {
        // Printable ASCII, the common case, is passed over byte by byte.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return nil }
        return text.unicodeScalars.first(where: isUnsafe)
    }

    /// Where a file of text first holds an unsafe character other than the layout ones
    /// (TAB, LF, CR): its 1-based line and column and the character; nil when it holds none.
    /// For files whose own reader folds layout into spaces (a question bank).
    public static func firstUnsafe(inFile bytes: [UInt8]) -> (line: Int, column: Int, scalar: Unicode.Scalar)? {
        var line = 1
        var column = 1
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            if scalar == "\n" {
                line += 1
                column = 1
                continue
            }
            if isUnsafe(scalar), scalar != "\t", scalar != "\r" { return (line, column, scalar) }
            column += 1
        }
        return nil
    }

    /// The words a refusal gives for what a field may hold, naming the character found.
    public static func expectation(for scalar: Unicode.Scalar) -> String {
        "text without control or direction-changing characters (it holds \(escape(scalar)))"
    }

    /// The text with every unsafe character shown as an escape (`\u{1B}`), for screens.
    public static func visible(_ text: String) -> String {
        visible(text, keeping: [])
    }

    /// A message of one or more lines with every unsafe character but its line breaks
    /// shown as an escape: what reaches standard error.
    public static func visibleLines(_ text: String) -> String {
        visible(text, keeping: ["\n"])
    }

    /// A value echoed in a message: escaped, and cut to its first `limit` characters (a
    /// spreadsheet cell may be megabytes long).
    public static func excerpt(_ text: String, limit: Int = 40) -> String {
        let cut = text.count > limit ? String(text.prefix(limit)) + "..." : text
        return visible(cut)
    }

    private static func visible(_ text: String, keeping kept: Set<Unicode.Scalar>) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0) && !kept.contains($0) }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar), !kept.contains(scalar) { out += escape(scalar) } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// `\u{1B}` for ESC.
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }
}
