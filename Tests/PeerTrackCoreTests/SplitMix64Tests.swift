import PeerTrackCore
import Testing

struct SplitMix64Tests {
    @Test func matchesTheReferenceSequence() {
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(generator.next() == 0x06C4_5D18_8009_454F)
    }

    @Test func sameSeedGivesSameNumbers() {
        var first = SplitMix64(seed: 42)
        var second = SplitMix64(seed: 42)
        #expect((0..<20).map { _ in first.next() } == (0..<20).map { _ in second.next() })
    }

    @Test func boundedNumbersStayInRange() {
        var generator = SplitMix64(seed: 9)
        for bound in [1, 2, 3, 7, 100] {
            for _ in 0..<200 {
                #expect((0..<bound).contains(generator.next(below: bound)))
            }
        }
    }

    @Test func shuffleIsAPermutation() {
        var generator = SplitMix64(seed: 3)
        let shuffled = generator.shuffled(Array(0..<30))
        #expect(shuffled.sorted() == Array(0..<30))
        #expect(shuffled != Array(0..<30))
    }

    @Test func shuffleMovesEveryPositionAboutEquallyOften() {
        // Where the first of four choices lands, over many seeds: each place about 1 in 4.
        var counts = [0, 0, 0, 0]
        for seed in 0..<4000 as Range<UInt64> {
            var generator = SplitMix64(seed: seed)
            counts[generator.shuffled([0, 1, 2, 3]).firstIndex(of: 0) ?? 0] += 1
        }
        for count in counts {
            #expect((850...1150).contains(count), "counts \(counts)")
        }
    }

    @Test func hashIsStable() {
        #expect(SplitMix64.hash("") == 0xCBF2_9CE4_8422_2325)
        #expect(SplitMix64.hash("a") == 0xAF63_DC4C_8601_EC8C)
    }
}
