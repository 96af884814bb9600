/// A question answered in review, missed in a practice quiz, or noted as having left
/// review (a `review` record). A learner's record, not part of transcripts.
public struct QuestionReview: Sendable, Equatable {
    /// What happened to the question.
    public enum Event: String, Sendable, CaseIterable {
        /// Answered wrong.
        case again
        /// Answered right, with difficulty (the learner said so).
        case hard
        /// Answered right.
        case good
        /// Answered right, easily (the learner said so).
        case easy
        /// Left review because its quiz changed (a new version).
        case changed
        /// Left review because it is no longer in the curriculum.
        case removed

        /// Whether the question was answered (not noted as leaving review).
        public var isAnswer: Bool { self != .changed && self != .removed }
    }

    public var stamp: RecordStamp
    /// Whose review it is.
    public var person: String
    /// The question's quiz.
    public var quiz: String
    /// The quiz file's version the question was answered in.
    public var version: Int
    /// The question.
    public var question: String
    /// What happened.
    public var event: Event
    /// Whether it was answered in a practice quiz rather than in review.
    public var practice: Bool

    /// Reads a `review` record; nil for another kind or one that lacks a field it needs.
    public init?(_ record: Record) {
        guard record.kind == .review, let person = record["person"], let quiz = record["quiz"], let version = record.int("version"),
            let question = record["question"], let event = record["event"].flatMap(Event.init(rawValue:))
        else { return nil }
        self.stamp = RecordStamp(record)
        self.person = person
        self.quiz = quiz
        self.version = version
        self.question = question
        self.event = event
        self.practice = record["via"] == "practice"
    }
}
