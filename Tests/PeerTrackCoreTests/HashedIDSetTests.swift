import PeerTrackCore
import Testing

struct HashedIDSetTests {
    @Test func aRepeatIsFoundAndNewIdsAreNot() {
        var set = HashedIDSet()
        let first = set.insert("a1b2")
        let second = set.insert("c3d4")
        let again = set.insert("a1b2")
        #expect(first && second && !again)
        #expect(set.contains("c3d4"))
        #expect(!set.contains("e5f6"))
        #expect(set.count == 2)
    }

    @Test func everyIdOfAMillionIsKeptInAtMostTheBoundPerId() {
        var set = HashedIDSet()
        var worst = 0.0
        for index in 0..<1_000_000 {
            let added = set.insert(String(index, radix: 16))
            if !added { Issue.record("id \(index) is new") }
            if index >= HashedIDSet.initialCapacity {
                worst = max(worst, Double(set.memoryBytes) / Double(set.count))
            }
        }
        #expect(set.count == 1_000_000)
        #expect(worst <= Double(HashedIDSet.maxBytesPerID), "at most \(HashedIDSet.maxBytesPerID) bytes per id; worst was \(worst)")
        #expect(set.memoryBytes <= HashedIDSet.maxBytesPerID * 1_000_000)
        for index in stride(from: 0, to: 1_000_000, by: 997) {
            let added = set.insert(String(index, radix: 16))
            #expect(!added)
        }
    }
}
