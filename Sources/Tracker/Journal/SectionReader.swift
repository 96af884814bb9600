import Foundation
import PeerTrackCore

/// Reads little-endian integers from a section, remembering if it ran past the end.
struct SectionReader {
    let bytes: UnsafeRawBufferPointer
    var position = 0
    var ok = true

    init(bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    mutating func u32() -> Int {
        guard position + 4 <= bytes.count else { ok = false; return 0 }
        defer { position += 4 }
        return Int(bytes.loadUnaligned(fromByteOffset: position, as: UInt32.self).littleEndian)
    }

    mutating func u64() -> UInt64 {
        guard position + 8 <= bytes.count else { ok = false; return 0 }
        defer { position += 8 }
        return bytes.loadUnaligned(fromByteOffset: position, as: UInt64.self).littleEndian
    }

    /// Moves past `count` bytes.
    mutating func skip(_ count: Int) {
        guard count >= 0, position + count <= bytes.count else { ok = false; return }
        position += count
    }

    mutating func ref() -> LineRef {
        LineRef(offset: Int(u64()), line: u32())
    }

    mutating func string() -> String {
        let length = u32()
        guard position + length <= bytes.count else { ok = false; return "" }
        defer { position += length }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<(position + length)]), as: UTF8.self)
    }
}
