import Foundation
import PeerTrackCore
import Testing

@testable import Tracker

/// The index file's check: the same value however the bytes are split into pieces, and a
/// different one for any byte changed, added or taken away.
struct IndexChecksumTests {
    private static let bytes: [UInt8] = {
        var random = SplitMix64(seed: 7)
        return (0..<10_003).map { _ in UInt8(truncatingIfNeeded: random.next()) }
    }()

    @Test(arguments: [1, 3, 7, 8, 9, 64, 1000, 4096])
    func piecesOfAnySizeSumAsTheWhole(piece: Int) {
        let whole = Self.bytes.withUnsafeBytes { IndexChecksum.of($0) }
        var sum = IndexChecksum()
        var start = 0
        while start < Self.bytes.count {
            let end = min(Self.bytes.count, start + piece)
            Self.bytes[start..<end].withUnsafeBytes { sum.add($0) }
            start = end
        }
        #expect(sum.value == whole)
    }

    @Test func anyChangeChangesTheValue() {
        let whole = Self.bytes.withUnsafeBytes { IndexChecksum.of($0) }
        for position in [0, 1, 7, 8, 5000, 10_002] {
            var changed = Self.bytes
            changed[position] ^= 0x01
            #expect(changed.withUnsafeBytes { IndexChecksum.of($0) } != whole, "a bit flipped at \(position)")
        }
        #expect(Array(Self.bytes.dropLast()).withUnsafeBytes { IndexChecksum.of($0) } != whole, "a byte taken away")
        #expect((Self.bytes + [0]).withUnsafeBytes { IndexChecksum.of($0) } != whole, "a zero byte added")
        #expect([UInt8]().withUnsafeBytes { IndexChecksum.of($0) } != [UInt8](repeating: 0, count: 8).withUnsafeBytes { IndexChecksum.of($0) })
    }
}
