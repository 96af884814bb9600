import PeerTrackCore
import Testing

struct BinaryCodingTests {
    @Test func aFlippedByteIsCaughtByTheChecksum() throws {
        var writer = BinaryWriter()
        writer.string("peer support")
        var bytes = writer.sealed
        bytes[3] ^= 0x01
        #expect(throws: BinaryReader.Damaged.self) { try BinaryReader(sealed: bytes) }
    }

    @Test func aLengthPastTheEndIsDamage() throws {
        var writer = BinaryWriter()
        writer.int(1_000)
        var reader = try BinaryReader(sealed: writer.sealed)
        #expect(throws: BinaryReader.Damaged.self) { try reader.string() }
    }

    @Test func numbersKeepEveryBit() throws {
        var writer = BinaryWriter()
        for value in [0.1, -2.5, 1e-300, 20] { writer.double(value) }
        var reader = try BinaryReader(sealed: writer.sealed)
        #expect(try [reader.double(), reader.double(), reader.double(), reader.double()] == [0.1, -2.5, 1e-300, 20])
    }
}
