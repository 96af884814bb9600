import Curriculum
import PeerTrackCore
import Tracker

extension LearningLog {
    /// The learner's questions with their memory state, derived now from their attempts and
    /// reviews.
    public func reviewDeck(_ curriculum: Curriculum) throws -> ReviewDeck {
        let attempts = try progress().attempts
        let reviews = try tracker.reviews(of: learner)
        let tracker = self.tracker
        return ReviewDeck(curriculum: curriculum, attempts: attempts, reviews: reviews, dayOf: { tracker.day(ofRecordTime: $0) })
    }

    /// Records a review's answer.
    @discardableResult
    public func recordReview(_ card: ReviewCard, event: QuestionReview.Event) throws -> QuestionReview? {
        try tracker.recordReviews([(card.quiz.id, card.quiz.version, card.question.id, event)], for: learner).first
    }

    /// Records the questions a practice quiz missed, so that they enter review.
    @discardableResult
    public func recordPracticeMisses(_ session: QuizSession) throws -> [QuestionReview] {
        try tracker.recordReviews(
            session.missed.map { (session.quiz.id, session.quiz.version, $0.asked.question.id, .again) }, practice: true, for: learner)
    }

    /// Notes once that questions left review.
    @discardableResult
    public func recordLeft(_ left: [LeftReview]) throws -> [QuestionReview] {
        try tracker.recordReviews(left.map { ($0.quiz, $0.version, $0.question, $0.removed ? .removed : .changed) }, for: learner)
    }
}
