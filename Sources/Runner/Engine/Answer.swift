import Curriculum

/// An answer that was accepted as well-formed, ready to be scored.
public enum Answer: Sendable, Hashable {
    /// Picked choices, by their position in the quiz file (not the shown letter).
    case choices(Set<Int>)
    /// True or false.
    case truth(Bool)
    /// A short answer, normalized with `AnswerNormalizer` (keeping its case when the
    /// question's key is case-sensitive).
    case text(String)
    /// A number.
    case number(Double)
    /// For each item of a matching question, in file order, the position of the answer
    /// picked for it in the question's `options` (file order, not the shown letter).
    case matches([Int])

    /// The share of the question's credit this answer earns, 0 to 1. Weighted choices earn
    /// their weights (a multiple select the sum of those picked), limited to 0...1; a
    /// multiple select without weights earns the share of its choices decided rightly
    /// (picked if correct, left if not); a short or numerical answer earns the weight of the
    /// best accepted answer it matches; a matching answer the share of items matched
    /// rightly; anything else is all or nothing.
    public func credit(for question: Question) -> Double {
        switch (question.kind, self) {
        case (.singleChoice(let choices), .choices(let picked)) where question.kind.weighsChoices,
            (.multipleSelect(let choices), .choices(let picked)) where question.kind.weighsChoices:
            return Answer.limit(picked.filter(choices.indices.contains).reduce(0) { $0 + choices[$1].effectiveWeight.fraction })
        case (.multipleSelect(let choices), .choices(let picked)) where !choices.isEmpty:
            guard choices.contains(where: \.isCorrect) else { return 0 }
            let right = choices.indices.filter { choices[$0].isCorrect == picked.contains($0) }.count
            return Double(right) / Double(choices.count)
        case (.shortAnswer(let key), .text(let given)):
            return Answer.limit(key.bestMatch(for: given)?.weight.fraction ?? 0)
        case (.numerical(let answers), .number(let given)):
            return Answer.limit(answers.filter { $0.accepts(given) }.map(\.weight.fraction).max() ?? 0)
        case (.matching(let matching), .matches(let picked)):
            guard !matching.pairs.isEmpty, picked.count == matching.pairs.count else { return 0 }
            let options = matching.options
            let right = zip(matching.pairs, picked).filter { pair, pick in options.indices.contains(pick) && options[pick] == pair.answer }
            return Double(right.count) / Double(matching.pairs.count)
        default:
            return isCorrect(for: question) ? 1 : 0
        }
    }

    /// Whether this answer is right for the question: for weighted and partly-credited
    /// kinds, whether it earns full credit.
    public func isCorrect(for question: Question) -> Bool {
        switch (question.kind, self) {
        case (.singleChoice, .choices) where question.kind.weighsChoices, (.multipleSelect, .choices) where question.kind.weighsChoices,
            (.shortAnswer, .text), (.numerical, .number), (.matching, .matches):
            return credit(for: question) == 1
        case (.singleChoice(let choices), .choices(let picked)), (.multipleSelect(let choices), .choices(let picked)):
            let correct = Set(choices.indices.filter { choices[$0].isCorrect })
            return !correct.isEmpty && picked == correct
        case (.trueFalse(let value), .truth(let given)):
            return value == given
        default:
            return false
        }
    }

    /// A share kept within 0...1, with the rounding of weights such as 3 x 33.33333% taken
    /// as the whole.
    private static func limit(_ share: Double) -> Double {
        share > 1 - 1e-6 ? 1 : max(share, 0)
    }
}
