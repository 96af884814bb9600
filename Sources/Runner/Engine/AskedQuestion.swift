import Curriculum

/// A question as one attempt presents it: its choices (or a matching question's answers)
/// in the order shown.
public struct AskedQuestion: Sendable, Equatable {
    /// The question from the quiz file.
    public let question: Question
    /// For each choice shown, in order, its position in the quiz file; for a matching
    /// question, each answer's position in its `options`.
    public let choiceOrder: [Int]

    /// Makes a presented question; `choiceOrder` maps shown positions to file positions.
    public init(question: Question, choiceOrder: [Int]) {
        self.question = question
        self.choiceOrder = choiceOrder
    }

    /// The choices in the order shown.
    public var choices: [Choice] {
        let all = question.kind.choices
        return choiceOrder.compactMap { all.indices.contains($0) ? all[$0] : nil }
    }

    /// A matching question's answers in the order shown; empty for other kinds.
    public var options: [String] {
        guard case .matching(let matching) = question.kind else { return [] }
        let all = matching.options
        return choiceOrder.compactMap { all.indices.contains($0) ? all[$0] : nil }
    }

    /// The letter of a shown position: `a` for 0, `b` for 1 ...
    public static func letter(_ position: Int) -> String {
        guard let scalar = Unicode.Scalar(UInt32(97 + position)), position < 26 else { return "?" }
        return String(Character(scalar))
    }

    /// The shown letter of the choice at `fileIndex` in the quiz file.
    public func shownLetter(ofFileIndex fileIndex: Int) -> String {
        AskedQuestion.letter(choiceOrder.firstIndex(of: fileIndex) ?? fileIndex)
    }

    /// The file position of the choice shown at `position`, or nil when there is none.
    func fileIndex(ofShownPosition position: Int) -> Int? {
        choiceOrder.indices.contains(position) ? choiceOrder[position] : nil
    }

    /// The right answer as the person sees it, e.g. `b) Keep the appointment`, `true`,
    /// `3.5 (± 0.5)` or `1 → b) Ottawa; 2 → a) Rome`.
    public var correctAnswerText: String {
        switch question.kind {
        case .singleChoice(let choices), .multipleSelect(let choices):
            // A weighted single choice may give part credit for a choice; the answer is the full one.
            let fullOnly = question.kind.name == "single" && question.kind.weighsChoices
            func isBest(_ choice: Choice) -> Bool { fullOnly ? choice.effectiveWeight == .full : choice.isCorrect }
            return choiceOrder.enumerated()
                .filter { choices.indices.contains($0.element) && isBest(choices[$0.element]) }
                .map { "\(AskedQuestion.letter($0.offset))) \(choices[$0.element].text)" }
                .joined(separator: "; ")
        case .trueFalse(let value):
            return value ? "true" : "false"
        case .shortAnswer(let key):
            return (key.answers.first { $0.weight == .full } ?? key.answers.first)?.text ?? ""
        case .numerical(let answers):
            return answers.filter { $0.weight == .full }.map { answer in
                let value = NumericAnswer.text(answer.value)
                return answer.tolerance > 0 ? "\(value) (± \(NumericAnswer.text(answer.tolerance)))" : value
            }.joined(separator: " or ")
        case .matching(let matching):
            return text(of: .matches(matching.key))
        }
    }

    /// An answer as the person sees it, e.g. `a) Go to the lunch`, `true` or `1 → c) Rome`.
    public func text(of answer: Answer) -> String {
        switch answer {
        case .choices(let picked):
            let choices = question.kind.choices
            return choiceOrder.enumerated()
                .filter { picked.contains($0.element) && choices.indices.contains($0.element) }
                .map { "\(AskedQuestion.letter($0.offset))) \(choices[$0.element].text)" }
                .joined(separator: "; ")
        case .truth(let value):
            return value ? "true" : "false"
        case .text(let text):
            return text
        case .number(let number):
            return NumericAnswer.text(number)
        case .matches(let picked):
            guard case .matching(let matching) = question.kind else { return "" }
            let options = matching.options
            return picked.enumerated().map { item, option in
                let shown = options.indices.contains(option) ? "\(shownLetter(ofFileIndex: option))) \(options[option])" : "?"
                return "\(item + 1) → \(shown)"
            }.joined(separator: "; ")
        }
    }
}
