import Curriculum

/// One answered question: what was given, whether it was right, and what to show about it.
public struct AnswerOutcome: Sendable, Equatable {
    /// The question's number in the attempt (1 first).
    public let number: Int
    /// The question as it was shown.
    public let asked: AskedQuestion
    /// The answer given.
    public let answer: Answer
    /// Whether it was right.
    public let isCorrect: Bool
    /// The share of the question's credit it earned (partly right multiple-select and
    /// matching answers, and answers with weights below 100%, earn part).
    public let credit: Double

    /// Makes an outcome, scoring the answer.
    public init(number: Int, asked: AskedQuestion, answer: Answer) {
        self.number = number
        self.asked = asked
        self.answer = answer
        self.isCorrect = answer.isCorrect(for: asked.question)
        self.credit = answer.credit(for: asked.question)
    }

    /// The feedback of each picked choice that has some, with its shown letter.
    public var choiceFeedback: [(letter: String, text: String)] {
        guard case .choices(let picked) = answer else { return [] }
        let choices = asked.question.kind.choices
        return asked.choiceOrder.enumerated().compactMap { position, fileIndex in
            guard picked.contains(fileIndex), choices.indices.contains(fileIndex), let feedback = choices[fileIndex].feedback
            else { return nil }
            return (AskedQuestion.letter(position), feedback)
        }
    }

    /// The feedback of the accepted answer a short or numerical answer matched, if it has some.
    public var answerFeedback: String? {
        switch (asked.question.kind, answer) {
        case (.shortAnswer(let key), .text(let given)): key.bestMatch(for: given)?.feedback
        case (.numerical(let answers), .number(let given)):
            answers.filter { $0.accepts(given) }.max { $0.weight < $1.weight }?.feedback
        default: nil
        }
    }
}
