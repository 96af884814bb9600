/// Checks on the values a transcript carries.
enum TranscriptValues {
    /// A whole number of at most 18 digits.
    static func isCount(_ bytes: UnsafeRawBufferPointer) -> Bool {
        (1...18).contains(bytes.count) && bytes.allSatisfy { (48...57).contains($0) }
    }

    /// `YYYY-MM-DDTHH:MM:SSZ`.
    static func isTimestamp(_ bytes: UnsafeRawBufferPointer) -> Bool {
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
