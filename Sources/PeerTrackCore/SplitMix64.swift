/// A small seeded pseudo-random generator (SplitMix64), so that a quiz's draw and
/// shuffles are the same on every machine and every Swift version for the same seed. The
/// one seeded generator: the benchmark's synthetic stores and the fuzz tests' mutations
/// draw from it too.
public struct SplitMix64: Sendable {
    private var state: UInt64

    /// Makes a generator that starts from `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    /// A number in `0..<bound`, every value equally likely; 0 when `bound` is 1 or less.
    public mutating func next(below bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        let limit = UInt64(bound)
        // Values below 2^64 mod bound would make the small results more likely.
        let threshold = (0 &- limit) % limit
        while true {
            let value = next()
            if value >= threshold { return Int(value % limit) }
        }
    }

    /// The elements in a random order (Fisher-Yates).
    public mutating func shuffled<Element>(_ elements: [Element]) -> [Element] {
        var result = elements
        var index = result.count - 1
        while index > 0 {
            result.swapAt(index, next(below: index + 1))
            index -= 1
        }
        return result
    }

    /// A stable 64-bit hash of a text (FNV-1a), for deriving a seed from an id.
    public static func hash(_ text: String) -> UInt64 {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return value
    }
}
