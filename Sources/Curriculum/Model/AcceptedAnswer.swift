/// One accepted answer of a short-answer question: its text (where `*` stands for any
/// characters), the credit it earns, and what to say when it is given.
public struct AcceptedAnswer: Sendable, Equatable {
    /// The answer as written; `*` matches any run of characters.
    public var text: String
    /// The credit it earns.
    public var weight: Weight
    /// Shown when this answer is given.
    public var feedback: String?

    /// Makes an accepted answer.
    public init(_ text: String, weight: Weight = .full, feedback: String? = nil) {
        self.text = text
        self.weight = weight
        self.feedback = feedback
    }

    /// Whether `given` matches this answer: the whole text, white space folded, `*` as
    /// any characters, letter case ignored unless `caseSensitive`.
    public func matches(_ given: String, caseSensitive: Bool) -> Bool {
        let pattern = Array(AnswerNormalizer.normalize(text, caseSensitive: caseSensitive))
        let subject = Array(AnswerNormalizer.normalize(given, caseSensitive: caseSensitive))
        return AcceptedAnswer.glob(pattern[...], subject[...])
    }

    /// Wildcard matching with `*`, by backtracking to the last star.
    private static func glob(_ pattern: ArraySlice<Character>, _ subject: ArraySlice<Character>) -> Bool {
        var p = pattern.startIndex
        var s = subject.startIndex
        var star: (pattern: Int, subject: Int)?
        while s < subject.endIndex {
            if p < pattern.endIndex, pattern[p] == "*" {
                star = (p, s)
                p += 1
            } else if p < pattern.endIndex, pattern[p] == subject[s] {
                p += 1
                s += 1
            } else if let last = star {
                p = last.pattern + 1
                s = last.subject + 1
                star = (last.pattern, last.subject + 1)
            } else {
                return false
            }
        }
        while p < pattern.endIndex, pattern[p] == "*" { p += 1 }
        return p == pattern.endIndex
    }
}
