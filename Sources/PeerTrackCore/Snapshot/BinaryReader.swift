/// Reads what `BinaryWriter` wrote, refusing anything damaged: a wrong checksum, a length
/// past the end, an integer too long.
public struct BinaryReader {
    /// The bytes are not what a `BinaryWriter` wrote.
    public struct Damaged: Error {
        /// Makes the error (for readers of a snapshot's own values).
        public init() {}
    }

    let bytes: [UInt8]
    var position = 0

    /// Checks the CRC-32 at the end and reads the bytes before it.
    public init(sealed: [UInt8]) throws {
        guard sealed.count >= 4 else { throw Damaged() }
        let body = Array(sealed[0..<(sealed.count - 4)])
        let stored = sealed.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: sealed.count - 4, as: UInt32.self).littleEndian }
        guard stored == CRC32.checksum(body) else { throw Damaged() }
        self.bytes = body
    }

    /// Whether every byte has been read.
    public var isAtEnd: Bool { position == bytes.count }

    /// An integer.
    public mutating func int() throws -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw Damaged() }
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: value))
    }

    /// A count of things to follow, refused when it cannot fit in what is left.
    public mutating func count() throws -> Int {
        let value = try int()
        guard value >= 0, value <= bytes.count - position + 1_000_000 else { throw Damaged() }
        return value
    }

    /// A truth value.
    public mutating func bool() throws -> Bool {
        switch try int() {
        case 0: return false
        case 1: return true
        default: throw Damaged()
        }
    }

    /// A number, from its IEEE 754 bits.
    public mutating func double() throws -> Double {
        Double(bitPattern: UInt64(UInt(bitPattern: try int())))
    }

    /// A string.
    public mutating func string() throws -> String {
        let length = try int()
        guard length >= 0, position + length <= bytes.count else { throw Damaged() }
        defer { position += length }
        return String(decoding: bytes[position..<(position + length)], as: UTF8.self)
    }

    /// A list of strings.
    public mutating func strings() throws -> [String] {
        var values: [String] = []
        for _ in 0..<(try count()) { values.append(try string()) }
        return values
    }

    /// A string or nothing.
    public mutating func optionalString() throws -> String? {
        try bool() ? try string() : nil
    }

    /// An integer or nothing.
    public mutating func optionalInt() throws -> Int? {
        try bool() ? try int() : nil
    }
}
