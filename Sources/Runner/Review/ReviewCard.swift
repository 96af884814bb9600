import Curriculum
import SpacedRepetition

/// One question a learner has met, with what FSRS makes of their answers to it.
public struct ReviewCard: Sendable {
    /// The question's quiz, as the curriculum has it now.
    public let quiz: Quiz
    /// The question.
    public let question: Question
    /// Stability, difficulty, last review and due day.
    public let state: MemoryState
    /// Whether the question is in review: the learner has missed it in this version of its
    /// quiz (in a quiz, a practice quiz or a review).
    public let inReview: Bool
}

/// A question that was in review and left it: its quiz changed, or it was removed.
public struct LeftReview: Sendable, Equatable {
    /// The quiz.
    public let quiz: String
    /// The quiz version the question was in review in.
    public let version: Int
    /// The question.
    public let question: String
    /// Whether the question is gone from the curriculum (else its quiz has a new version).
    public let removed: Bool

    /// Makes a note that a question left review.
    public init(quiz: String, version: Int, question: String, removed: Bool) {
        self.quiz = quiz
        self.version = version
        self.question = question
        self.removed = removed
    }
}
