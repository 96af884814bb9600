import Tracker

/// A finished quiz attempt as an `attempt` record states it.
public struct AttemptSummary: Sendable, Equatable {
    /// The attempt record's id.
    public let recordID: String
    /// Whose attempt it is.
    public let person: String
    /// The quiz.
    public let quizID: String
    /// The quiz file's version.
    public let version: Int
    /// The draw's seed.
    public let seed: UInt64?
    /// The questions asked, in order.
    public let questionIDs: [String]
    /// The answers given, as `AnswerCoding` writes them.
    public let answers: [String]
    /// Questions answered correctly (a partly right answer counts its share).
    public let correct: Double
    /// Questions asked.
    public let asked: Int
    /// Score in whole percent.
    public let score: Int
    /// Whether it reached the pass mark.
    public let passed: Bool
    /// When it started, `YYYY-MM-DDTHH:MM:SSZ`.
    public let started: String
    /// When it ended, `YYYY-MM-DDTHH:MM:SSZ`.
    public let ended: String

    /// A finished attempt; nil for one saved part-way.
    public init?(_ attempt: QuizAttempt) {
        guard let result = attempt.result else { return nil }
        self.recordID = attempt.stamp.id
        self.person = attempt.person
        self.quizID = attempt.quiz
        self.version = attempt.version ?? 0
        self.seed = attempt.seed
        self.questionIDs = attempt.questionIDs
        self.answers = AnswerCoding.split(attempt.answers)
        self.correct = result.correct
        self.asked = result.asked
        self.score = result.percent
        self.passed = result.passed
        self.started = attempt.started
        self.ended = attempt.ended
    }

    /// The day it ended, `YYYY-MM-DD`.
    public var day: String {
        String(ended.prefix(10))
    }
}
