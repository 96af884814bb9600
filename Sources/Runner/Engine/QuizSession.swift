import Curriculum

/// One attempt at a quiz, as a value: the draw, the answers so far, and the score. It does
/// no input or output; the runner shows its questions and feeds it what was typed.
public struct QuizSession: Sendable, Equatable {
    /// The quiz being taken.
    public let quiz: Quiz
    /// The questions asked and the order of their choices.
    public let draw: QuizDraw
    /// The accepted answers, one per question answered, in order.
    public private(set) var answers: [Answer]
    /// The letters typed so far for the current matching question when it is answered one
    /// item at a time (file positions of its options, item 1 first).
    public private(set) var pendingMatches: [Int] = []

    /// What came of submitting a line of input.
    public enum Submission: Sendable, Equatable {
        /// Not a whole answer: nothing was scored. Ask the same question again, showing the
        /// message: what was wrong, or, for a matching question answered one item at a
        /// time, which item comes next.
        case invalid(InvalidAnswer)
        /// The answer was accepted and scored.
        case answered(AnswerOutcome)
        /// Every question is already answered.
        case finished
    }

    /// Starts a new attempt with the draw made from `seed`.
    public init(quiz: Quiz, seed: UInt64) {
        self.quiz = quiz
        self.draw = QuizDraw(quiz: quiz, seed: seed)
        self.answers = []
    }

    /// Continues an attempt: the draw rebuilt from the saved question ids and the answers
    /// already given (as `AnswerCoding` wrote them).
    public init(resuming saved: SavedProgress, quiz: Quiz) throws(RunnerError) {
        guard saved.version == quiz.version else {
            throw .quizChanged(quiz: quiz.id, saved: saved.version, current: quiz.version)
        }
        let draw: QuizDraw
        do {
            draw = try QuizDraw(quiz: quiz, seed: saved.seed, questionIDs: saved.questionIDs)
        } catch {
            throw .unreadableProgress(record: saved.recordID, reason: "\(quiz.id) no longer has one of its questions")
        }
        guard saved.answers.count <= draw.questions.count else {
            throw .unreadableProgress(record: saved.recordID, reason: "more answers than questions")
        }
        var answers: [Answer] = []
        for (index, text) in saved.answers.enumerated() {
            guard let answer = AnswerCoding.decode(text, for: draw.questions[index].question) else {
                throw .unreadableProgress(record: saved.recordID, reason: "answer \(index + 1) '\(text)' does not fit its question")
            }
            answers.append(answer)
        }
        self.quiz = quiz
        self.draw = draw
        self.answers = answers
    }

    /// The question to answer next, or nil when the attempt is complete.
    public var current: AskedQuestion? {
        answers.count < draw.questions.count ? draw.questions[answers.count] : nil
    }

    /// The number of the question to answer next (1 first).
    public var number: Int {
        answers.count + 1
    }

    /// How many questions the attempt asks.
    public var total: Int {
        draw.questions.count
    }

    /// Whether every question has been answered.
    public var isFinished: Bool {
        current == nil
    }

    /// Takes a line of input as the answer to the current question, if it is one.
    public mutating func submit(_ input: String) -> Submission {
        guard let asked = current else { return .finished }
        var entry = AnswerEntry(asked: asked, pendingMatches: pendingMatches)
        let result = entry.submit(input)
        pendingMatches = entry.pendingMatches
        switch result {
        case .failure(let problem):
            return .invalid(problem)
        case .success(let answer):
            return accept(answer, for: asked)
        }
    }

    private mutating func accept(_ answer: Answer, for asked: AskedQuestion) -> Submission {
        answers.append(answer)
        return .answered(AnswerOutcome(number: answers.count, asked: asked, answer: answer))
    }

    /// Every answered question with its outcome, in order.
    public var outcomes: [AnswerOutcome] {
        answers.enumerated().map { AnswerOutcome(number: $0.offset + 1, asked: draw.questions[$0.offset], answer: $0.element) }
    }

    /// The answered questions that were got wrong, for review.
    public var missed: [AnswerOutcome] {
        outcomes.filter { !$0.isCorrect }
    }

    /// The score out of every question the attempt asks.
    public var score: QuizScore {
        QuizScore(correct: outcomes.reduce(0) { $0 + $1.credit }, asked: total, passMark: quiz.passMark)
    }

    /// The answers as `AnswerCoding` writes them, in order.
    public var encodedAnswers: [String] {
        zip(answers, draw.questions).map { AnswerCoding.encode($0, for: $1.question) }
    }
}
