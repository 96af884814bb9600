import Curriculum

/// An answer that was accepted as well-formed, ready to be scored.
public enum Answer: Sendable, Hashable {
    /// Picked choices, by their position in the quiz file (not the shown letter).
    case choices(Set<Int>)
    /// True or false.
    case truth(Bool)
    /// A short answer, normalized with `AnswerNormalizer`.
    case text(String)

    /// The share of the question's credit this answer earns, 0 to 1. A multiple-select
    /// question earns the share of its choices decided rightly (picked if correct, left if
    /// not); every other kind is all or nothing.
    public func credit(for question: Question) -> Double {
        if case .multipleSelect(let choices) = question.kind, case .choices(let picked) = self, !choices.isEmpty {
            guard choices.contains(where: \.isCorrect) else { return 0 }
            let right = choices.indices.filter { choices[$0].isCorrect == picked.contains($0) }.count
            return Double(right) / Double(choices.count)
        }
        return isCorrect(for: question) ? 1 : 0
    }

    /// Whether this answer is right for the question.
    public func isCorrect(for question: Question) -> Bool {
        switch (question.kind, self) {
        case (.singleChoice(let choices), .choices(let picked)), (.multipleSelect(let choices), .choices(let picked)):
            let correct = Set(choices.indices.filter { choices[$0].isCorrect })
            return !correct.isEmpty && picked == correct
        case (.trueFalse(let value), .truth(let given)):
            return value == given
        case (.shortAnswer(let accepted), .text(let given)):
            return accepted.contains { AnswerNormalizer.normalize($0) == AnswerNormalizer.normalize(given) }
        default:
            return false
        }
    }
}
