/// Writes a snapshot's bytes: variable-length integers, UTF-8 strings with their length,
/// optionals with a presence mark, and a CRC-32 of the whole at the end (`sealed`).
public struct BinaryWriter {
    /// The bytes written so far, without their checksum.
    public private(set) var bytes: [UInt8] = []

    /// Makes an empty writer.
    public init() {}

    /// The bytes with their CRC-32 appended, as `BinaryReader(sealed:)` reads them.
    public var sealed: [UInt8] {
        var result = bytes
        withUnsafeBytes(of: CRC32.checksum(bytes).littleEndian) { result += $0 }
        return result
    }

    /// An integer, in as few bytes as it needs.
    public mutating func int(_ value: Int) {
        var remaining = UInt64(bitPattern: Int64(value))
        repeat {
            let low = UInt8(remaining & 0x7F)
            remaining >>= 7
            bytes.append(remaining == 0 ? low : low | 0x80)
        } while remaining != 0
    }

    /// A truth value.
    public mutating func bool(_ value: Bool) {
        int(value ? 1 : 0)
    }

    /// A number, by its IEEE 754 bits.
    public mutating func double(_ value: Double) {
        int(Int(bitPattern: UInt(value.bitPattern)))
    }

    /// A string, as UTF-8 after its length.
    public mutating func string(_ value: String) {
        int(value.utf8.count)
        bytes += value.utf8
    }

    /// A list of strings.
    public mutating func strings(_ values: [String]) {
        int(values.count)
        values.forEach { string($0) }
    }

    /// A string or nothing.
    public mutating func optional(_ value: String?) {
        int(value == nil ? 0 : 1)
        if let value { string(value) }
    }

    /// An integer or nothing.
    public mutating func optional(_ value: Int?) {
        int(value == nil ? 0 : 1)
        if let value { int(value) }
    }
}
