import Tracker

/// A quiz attempt saved part-way (a `progress` record), enough to continue it at the same
/// question with the same draw.
public struct SavedProgress: Sendable, Equatable {
    /// The progress record's id.
    public let recordID: String
    /// Whose attempt it is.
    public let person: String
    /// The quiz.
    public let quizID: String
    /// The quiz file's version when the attempt started.
    public let version: Int
    /// The draw's seed.
    public let seed: UInt64
    /// The questions drawn, in order.
    public let questionIDs: [String]
    /// The answers given so far, as `AnswerCoding` writes them.
    public let answers: [String]
    /// When the attempt started, `YYYY-MM-DDTHH:MM:SSZ`.
    public let started: String
    /// When it was saved.
    public let saved: String

    /// Makes saved progress.
    public init(
        recordID: String, person: String, quizID: String, version: Int, seed: UInt64, questionIDs: [String], answers: [String],
        started: String, saved: String
    ) {
        self.recordID = recordID
        self.person = person
        self.quizID = quizID
        self.version = version
        self.seed = seed
        self.questionIDs = questionIDs
        self.answers = answers
        self.started = started
        self.saved = saved
    }

    /// An attempt saved part-way; nil for a finished one, or one without a seed or version.
    public init?(_ attempt: QuizAttempt) {
        guard attempt.result == nil, let version = attempt.version, let seed = attempt.seed else { return nil }
        self.init(
            recordID: attempt.stamp.id, person: attempt.person, quizID: attempt.quiz, version: version, seed: seed,
            questionIDs: attempt.questionIDs, answers: AnswerCoding.split(attempt.answers), started: attempt.started,
            saved: attempt.stamp.time)
    }

    /// The number of the question the attempt continues at (1 first).
    public var nextQuestion: Int {
        answers.count + 1
    }
}
