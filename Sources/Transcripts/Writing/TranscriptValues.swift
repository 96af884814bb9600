/// Checks on the values a transcript carries.
enum TranscriptValues {
    /// Throws when the text holds a character XML 1.0 cannot carry.
    static func requireXML(_ text: String, record: String, field: String) throws(TranscriptError) {
        // Fast path: ASCII text without control characters (other than tab and line ends).
        if text.utf8.allSatisfy({ $0 < 0x80 && ($0 >= 0x20 || $0 == 0x9 || $0 == 0xA || $0 == 0xD) }) {
            return
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let allowed = value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value)
                || (0xE000...0xFFFD).contains(value) || value >= 0x10000
            if !allowed { throw .unrepresentable(record: record, field: field) }
        }
    }

    /// A whole number of at most 18 digits.
    static func isCount(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 18 && text.utf8.allSatisfy { (48...57).contains($0) }
    }

    /// `YYYY-MM-DDTHH:MM:SSZ`.
    static func isTimestamp(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 20 else { return false }
        for (index, byte) in bytes.enumerated() {
            switch index {
            case 4, 7: if byte != UInt8(ascii: "-") { return false }
            case 10: if byte != UInt8(ascii: "T") { return false }
            case 13, 16: if byte != UInt8(ascii: ":") { return false }
            case 19: if byte != UInt8(ascii: "Z") { return false }
            default: if !(48...57).contains(byte) { return false }
            }
        }
        return true
    }
}
