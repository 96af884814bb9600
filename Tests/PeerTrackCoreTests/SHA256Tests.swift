import PeerTrackCore
import Testing

struct SHA256Tests {
    // FIPS 180-2, appendix B (one block, two blocks) and the empty message.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func matchesTheFIPSKnownAnswers(message: String, expected: String) {
        #expect(SHA256.hex(Array(message.utf8)) == expected)
    }

    @Test func aMillionLettersAMatchTheFIPSLongMessage() {
        // FIPS 180-2, appendix B.3, fed in uneven pieces.
        var hash = SHA256()
        let piece = [UInt8](repeating: UInt8(ascii: "a"), count: 999)
        var fed = 0
        while fed + piece.count <= 1_000_000 {
            hash.update(piece)
            fed += piece.count
        }
        hash.update([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000 - fed))
        #expect(SHA256.hex(digest: hash.finish()) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func feedingInPiecesGivesTheSameDigestAsFeedingAtOnce() {
        let bytes = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let whole = SHA256.digest(bytes)
        for split in [0, 1, 55, 56, 63, 64, 65, 128, 299, 300] {
            var hash = SHA256()
            hash.update(Array(bytes[..<split]))
            hash.update(Array(bytes[split...]))
            #expect(hash.finish() == whole, "split at \(split)")
        }
    }

    @Test func recognisesTheHexForm() {
        #expect(SHA256.isHexDigest(SHA256.hex([])))
        #expect(!SHA256.isHexDigest(String(repeating: "A", count: 64)))
        #expect(!SHA256.isHexDigest("abc"))
        #expect(!SHA256.isHexDigest("../" + String(repeating: "a", count: 61)))
    }
}
