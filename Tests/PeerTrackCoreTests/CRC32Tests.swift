import PeerTrackCore
import Testing

struct CRC32Tests {
    @Test(arguments: [
        ("", UInt32(0)), ("123456789", UInt32(0xCBF4_3926)), ("a", UInt32(0xE8B7_BE43)),
        ("The quick brown fox jumps over the lazy dog", UInt32(0x414F_A339)),
    ])
    func matchesTheKnownAnswers(text: String, expected: UInt32) {
        #expect(CRC32.checksum(Array(text.utf8)) == expected)
    }

    @Test func everyLengthAgreesWithTheBitwiseDefinition() {
        // Slicing-by-8 takes 8 bytes at a time: every remainder is checked against the plain loop.
        func bitwise(_ bytes: [UInt8]) -> UInt32 {
            var crc: UInt32 = 0xFFFF_FFFF
            for byte in bytes {
                crc ^= UInt32(byte)
                for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
            }
            return ~crc
        }
        let bytes = (0..<100).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        for length in 0...bytes.count {
            #expect(CRC32.checksum(Array(bytes.prefix(length))) == bitwise(Array(bytes.prefix(length))), "length \(length)")
        }
    }
}
