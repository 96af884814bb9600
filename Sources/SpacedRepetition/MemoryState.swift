import PeerTrackCore

/// What FSRS knows of one question for one learner after their reviews so far: derived
/// from the reviews each time, never stored.
public struct MemoryState: Sendable, Equatable {
    /// Days until recall is expected to fall to 90%.
    public var stability: Double
    /// How hard the question is for this learner, 1 to 10.
    public var difficulty: Double
    /// The day of the last review.
    public var lastReview: Day
    /// The day the next review is due.
    public var due: Day

    /// Makes a state.
    public init(stability: Double, difficulty: Double, lastReview: Day, due: Day) {
        self.stability = stability
        self.difficulty = difficulty
        self.lastReview = lastReview
        self.due = due
    }
}

extension FSRS {
    /// The state after the first review.
    public func first(_ grade: Grade, on day: Day) -> MemoryState {
        let stability = initialStability(grade)
        return MemoryState(
            stability: stability, difficulty: initialDifficulty(grade), lastReview: day, due: day.adding(days: interval(stability: stability)))
    }

    /// The state after one more review on `day` (on or after the last): on the same day
    /// the short-term rule, else the long-term one at the recall expected then.
    public func next(_ state: MemoryState, _ grade: Grade, on day: Day) -> MemoryState {
        let elapsed = max(0, state.lastReview.days(until: day))
        let stability =
            elapsed < 1
            ? shortTermStability(state.stability, grade: grade)
            : nextStability(
                state.stability, difficulty: state.difficulty,
                retrievability: retrievability(elapsedDays: Double(elapsed), stability: state.stability), grade: grade)
        return MemoryState(
            stability: stability, difficulty: nextDifficulty(state.difficulty, grade), lastReview: day,
            due: day.adding(days: interval(stability: stability)))
    }

    /// The state after a sequence of reviews, oldest first; nil for none.
    public func state(after reviews: [(day: Day, grade: Grade)]) -> MemoryState? {
        guard let first = reviews.first else { return nil }
        return reviews.dropFirst().reduce(self.first(first.grade, on: first.day)) { next($0, $1.grade, on: $1.day) }
    }

    /// R now: the probability the learner recalls it on `day`.
    public func retrievability(of state: MemoryState, on day: Day) -> Double {
        retrievability(elapsedDays: Double(max(0, state.lastReview.days(until: day))), stability: state.stability)
    }
}
