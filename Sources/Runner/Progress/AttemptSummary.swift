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
    /// Questions answered correctly.
    public let correct: Int
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

    /// Reads an `attempt` record; nil when it is not one or lacks a field.
    public init?(record: Record) {
        guard record.kind == .attempt, let person = record["person"], let quiz = record["quiz"],
            let correct = record["correct"].flatMap({ Int($0) }), let asked = record["asked"].flatMap({ Int($0) }),
            let score = record["score"].flatMap({ Int($0) })
        else { return nil }
        self.recordID = record.id
        self.person = person
        self.quizID = quiz
        self.version = record["version"].flatMap { Int($0) } ?? 0
        self.seed = record["seed"].flatMap { UInt64($0) }
        self.questionIDs = (record["questions"] ?? "").split(separator: ",").map(String.init)
        self.answers = AnswerCoding.split(record["answers"] ?? "")
        self.correct = correct
        self.asked = asked
        self.score = score
        self.passed = record["passed"] == "true"
        self.started = record["started"] ?? record.time
        self.ended = record["ended"] ?? record.time
    }

    /// The day it ended, `YYYY-MM-DD`.
    public var day: String {
        String(ended.prefix(10))
    }
}
