import Foundation

/// A quiz attempt, finished (`attempt`) or saved part-way to be resumed (`progress`).
public struct QuizAttempt: Sendable, Equatable {
    /// The score of a finished attempt.
    public struct Score: Sendable, Equatable {
        /// Questions answered correctly (partial credit counts its share).
        public var correct: Double
        /// Questions asked.
        public var asked: Int
        /// Score in whole percent.
        public var percent: Int
        /// Whether it reached the pass mark.
        public var passed: Bool

        /// Makes a score.
        public init(correct: Double, asked: Int, percent: Int, passed: Bool) {
            self.correct = correct
            self.asked = asked
            self.percent = percent
            self.passed = passed
        }

        /// `correct` as the journal keeps it: a whole number when it is one, else up to two
        /// decimals.
        var correctText: String {
            correct == correct.rounded() ? String(Int(correct)) : String(format: "%.2f", correct)
        }
    }

    public var stamp: RecordStamp
    /// Whose attempt it is.
    public var person: String
    /// The quiz.
    public var quiz: String
    /// The quiz file's version when the attempt started.
    public var version: Int?
    /// The draw's seed.
    public var seed: UInt64?
    /// The questions drawn, in order.
    public var questionIDs: [String]
    /// The answers given, encoded as the runner writes them.
    public var answers: String
    /// When the attempt started.
    public var started: String
    /// The score, for a finished attempt; nil for one saved part-way.
    public var result: Score?
    /// When a finished attempt ended (for one saved part-way: when it was saved).
    public var ended: String

    /// Reads an `attempt` or `progress` record; nil for another kind or one that lacks a
    /// field it needs.
    public init?(_ record: Record) {
        guard record.kind == .attempt || record.kind == .progress, let person = record["person"], let quiz = record["quiz"] else {
            return nil
        }
        self.stamp = RecordStamp(record)
        self.person = person
        self.quiz = quiz
        self.version = record.int("version")
        self.seed = record["seed"].flatMap { UInt64($0) }
        self.questionIDs = (record["questions"] ?? "").split(separator: ",").map(String.init)
        self.answers = record["answers"] ?? ""
        self.started = record["started"] ?? record.time
        if record.kind == .attempt {
            guard let correct = record["correct"].flatMap({ Double($0) }), let asked = record.int("asked"), let percent = record.int("score") else {
                return nil
            }
            self.result = Score(correct: correct, asked: asked, percent: percent, passed: record["passed"] == "true")
        } else {
            self.result = nil
        }
        self.ended = record["ended"] ?? record.time
    }
}
