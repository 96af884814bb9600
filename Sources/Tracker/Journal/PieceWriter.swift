import Foundation
import PeerTrackCore

/// Writes little-endian integers to a sink in pieces of about a megabyte, summing each
/// section (`IndexChecksum`) as it goes.
struct PieceWriter {
    let sink: (UnsafeRawBufferPointer) -> Bool
    private var buffer: [UInt8] = []
    private var sum = IndexChecksum()
    private var summing = false
    private var failed = false

    init(sink: @escaping (UnsafeRawBufferPointer) -> Bool) {
        self.sink = sink
        buffer.reserveCapacity(1 << 20)
    }

    mutating func u32(_ value: Int) { withUnsafeBytes(of: UInt32(truncatingIfNeeded: value).littleEndian) { add($0) } }
    mutating func u64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { add($0) } }
    mutating func bytes(_ value: [UInt8]) { value.withUnsafeBytes { add($0) } }

    mutating func ref(_ value: LineRef) {
        u64(UInt64(value.offset))
        u32(value.line)
    }

    private mutating func add(_ bytes: UnsafeRawBufferPointer) {
        if summing { sum.add(bytes) }
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { flush() }
    }

    mutating func beginSection() {
        sum = IndexChecksum()
        summing = true
    }

    mutating func endSection() {
        summing = false
        u32(Int(sum.value))
    }

    private mutating func flush() {
        if !failed, !buffer.isEmpty { failed = !buffer.withUnsafeBytes(sink) }
        buffer.removeAll(keepingCapacity: true)
    }

    mutating func finish() -> Bool {
        flush()
        return !failed
    }
}
