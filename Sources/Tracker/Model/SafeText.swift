/// Text that reaches someone else's terminal: a specialist's CE title lands in a
/// supervisor's queue, a roster name in everyone's lists. Stored text may hold no control
/// characters (C0, DEL, C1) and no bidirectional overrides, and screens show any that an
/// older journal still holds as visible escapes.
public enum SafeText {
    /// Whether a scalar could move the cursor, clear a screen, set a title or reorder text.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Refuses text with an unsafe character, naming the field and the character.
    static func check(_ text: String, field: TrackerError.Field) throws {
        // Tabs, line breaks and other white space are folded to spaces by the callers that allow them.
        if let bad = text.unicodeScalars.first(where: { isUnsafe($0) && !($0 == "\t" || $0 == "\n" || $0 == "\r") }) {
            throw TrackerError.invalidValue(
                field: field, value: visible(text),
                expected: "text without control or direction-changing characters (it holds \(escape(bad)))")
        }
    }

    /// The text with every unsafe character shown as an escape (`\u{1B}`), for screens.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) { out += escape(scalar) } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    private static func escape(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }
}
