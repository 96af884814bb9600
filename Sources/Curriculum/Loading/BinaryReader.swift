import PeerTrackCore

/// Reads what `BinaryWriter` wrote, refusing anything damaged: a wrong checksum, a length
/// past the end, an integer too long.
struct BinaryReader {
    struct Damaged: Error {}

    let bytes: [UInt8]
    var position = 0

    /// Checks the CRC-32 at the end and reads the bytes before it.
    init(sealed: [UInt8]) throws {
        guard sealed.count >= 4 else { throw Damaged() }
        let body = Array(sealed[0..<(sealed.count - 4)])
        let stored = sealed.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: sealed.count - 4, as: UInt32.self).littleEndian }
        guard stored == CRC32.checksum(body) else { throw Damaged() }
        self.bytes = body
    }

    /// Whether every byte has been read.
    var isAtEnd: Bool { position == bytes.count }

    mutating func int() throws -> Int {
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
    mutating func count() throws -> Int {
        let value = try int()
        guard value >= 0, value <= bytes.count - position + 1_000_000 else { throw Damaged() }
        return value
    }

    mutating func bool() throws -> Bool {
        switch try int() {
        case 0: return false
        case 1: return true
        default: throw Damaged()
        }
    }

    mutating func double() throws -> Double {
        Double(bitPattern: UInt64(UInt(bitPattern: try int())))
    }

    mutating func string() throws -> String {
        let length = try int()
        guard length >= 0, position + length <= bytes.count else { throw Damaged() }
        defer { position += length }
        return String(decoding: bytes[position..<(position + length)], as: UTF8.self)
    }

    mutating func strings() throws -> [String] {
        var values: [String] = []
        for _ in 0..<(try count()) { values.append(try string()) }
        return values
    }

    mutating func optionalString() throws -> String? {
        try bool() ? try string() : nil
    }

    mutating func optionalInt() throws -> Int? {
        try bool() ? try int() : nil
    }
}
