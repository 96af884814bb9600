import Curriculum

/// A question as one attempt presents it: its choices in the order shown.
public struct AskedQuestion: Sendable, Equatable {
    /// The question from the quiz file.
    public let question: Question
    /// For each choice shown, in order, its position in the quiz file.
    public let choiceOrder: [Int]

    /// Makes a presented question; `choiceOrder` maps shown positions to file positions.
    public init(question: Question, choiceOrder: [Int]) {
        self.question = question
        self.choiceOrder = choiceOrder
    }

    /// The choices in the order shown.
    public var choices: [Choice] {
        let all = question.kind.choices
        return choiceOrder.map { all[$0] }
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

    /// The right answer as the person sees it, e.g. `b) Keep the appointment` or `true`.
    public var correctAnswerText: String {
        switch question.kind {
        case .singleChoice(let choices), .multipleSelect(let choices):
            return choiceOrder.enumerated()
                .filter { choices[$0.element].isCorrect }
                .map { "\(AskedQuestion.letter($0.offset))) \(choices[$0.element].text)" }
                .joined(separator: "; ")
        case .trueFalse(let value):
            return value ? "true" : "false"
        case .shortAnswer(let accepted):
            return accepted.first ?? ""
        }
    }

    /// An answer as the person sees it, e.g. `a) Go to the lunch` or `true`.
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
        }
    }
}
