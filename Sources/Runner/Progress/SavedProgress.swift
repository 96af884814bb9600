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

    /// Reads a `progress` record; nil when it is not one or lacks a field.
    public init?(record: Record) {
        guard record.kind == .progress, let person = record["person"], let quiz = record["quiz"],
            let version = record["version"].flatMap({ Int($0) }), let seed = record["seed"].flatMap({ UInt64($0) }),
            let questions = record["questions"]
        else { return nil }
        self.init(
            recordID: record.id, person: person, quizID: quiz, version: version, seed: seed,
            questionIDs: questions.split(separator: ",").map(String.init),
            answers: AnswerCoding.split(record["answers"] ?? ""), started: record["started"] ?? record.time, saved: record.time)
    }

    /// The number of the question the attempt continues at (1 first).
    public var nextQuestion: Int {
        answers.count + 1
    }
}
