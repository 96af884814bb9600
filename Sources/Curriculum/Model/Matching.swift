/// A matching question's key: items, each paired with its answer, and extra answers that
/// belong to no item (distractors). The answers offered are every distinct answer text.
public struct Matching: Sendable, Equatable {
    /// One item and the answer it goes with.
    public struct Pair: Sendable, Equatable {
        /// What is to be matched, e.g. a country.
        public var item: String
        /// Its answer, e.g. the capital.
        public var answer: String

        /// Makes a pair.
        public init(item: String, answer: String) {
            self.item = item
            self.answer = answer
        }
    }

    /// The items in file order, each with its answer.
    public var pairs: [Pair]
    /// Answers that match no item.
    public var distractors: [String]

    /// Makes a key.
    public init(pairs: [Pair], distractors: [String] = []) {
        self.pairs = pairs
        self.distractors = distractors
    }

    /// The answers offered, in file order: each pair's answer, then the distractors, each
    /// distinct text once.
    public var options: [String] {
        var seen = Set<String>()
        return (pairs.map(\.answer) + distractors).filter { seen.insert($0).inserted }
    }

    /// The position in `options` of the right answer of each item.
    public var key: [Int] {
        let options = options
        return pairs.map { pair in options.firstIndex(of: pair.answer) ?? 0 }
    }
}
