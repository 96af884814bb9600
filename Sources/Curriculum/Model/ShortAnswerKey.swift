/// What a short-answer question accepts: answers with their weights and feedback, and
/// whether letter case counts. As a collection it is the answers' texts, in file order.
public struct ShortAnswerKey: Sendable, Equatable, RandomAccessCollection, ExpressibleByArrayLiteral {
    /// The accepted answers, in file order.
    public var answers: [AcceptedAnswer]
    /// Whether `Pinel` and `pinel` are different answers (Moodle's `usecase`).
    public var caseSensitive: Bool

    /// Makes a key.
    public init(_ answers: [AcceptedAnswer], caseSensitive: Bool = false) {
        self.answers = answers
        self.caseSensitive = caseSensitive
    }

    /// Answers that each earn full credit, compared without regard to case.
    public init(arrayLiteral texts: String...) {
        self.init(texts.map { AcceptedAnswer($0) })
    }

    public var startIndex: Int { answers.startIndex }
    public var endIndex: Int { answers.endIndex }
    public subscript(position: Int) -> String { answers[position].text }

    /// The answer that `given` earns the most with, if it matches any.
    public func bestMatch(for given: String) -> AcceptedAnswer? {
        answers.filter { $0.matches(given, caseSensitive: caseSensitive) }.max { $0.weight < $1.weight }
    }
}
