import Foundation
import PeerTrackCore
import SpacedRepetition
import Testing

/// The FSRS-6 formulas at points worked out by hand from the default parameters.
struct FSRSTests {
    let fsrs = FSRS.standard
    let day = Day(year: 2026, month: 3, day: 1)!

    @Test func recallIsNinetyPercentAfterOneStability() {
        #expect(abs(fsrs.retrievability(elapsedDays: 10, stability: 10) - 0.9) < 1e-12)
        #expect(fsrs.retrievability(elapsedDays: 0, stability: 3) == 1)
        #expect(fsrs.retrievability(elapsedDays: 30, stability: 3) < fsrs.retrievability(elapsedDays: 3, stability: 3))
    }

    @Test func intervalAtNinetyPercentIsTheStabilityInWholeDays() {
        #expect(fsrs.interval(stability: 0.212) == 1)
        #expect(fsrs.interval(stability: 2.3065) == 2)
        #expect(fsrs.interval(stability: 8.2956) == 8)
        #expect(fsrs.interval(stability: 1e9) == 36_500)
    }

    @Test func firstReviewTakesTheGradesInitialState() {
        let again = fsrs.first(.again, on: day)
        #expect(again.stability == 0.212)
        #expect(again.difficulty == 6.4133)
        #expect(again.due == day.adding(days: 1))
        let good = fsrs.first(.good, on: day)
        #expect(good.stability == 2.3065)
        // D0(3) = w4 − e^(2·w5) + 1
        #expect(abs(good.difficulty - (2.118_104)) < 1e-5)
        #expect(fsrs.first(.easy, on: day).due == day.adding(days: 8))
    }

    @Test func rightAnswersGoFurtherOutAndAWrongOneComesBack() {
        var state = fsrs.first(.again, on: day)
        var intervals: [Int] = []
        for _ in 0..<5 {
            state = fsrs.next(state, .good, on: state.due)
            intervals.append(state.lastReview.days(until: state.due))
        }
        #expect(intervals == intervals.sorted() && Set(intervals).count == intervals.count)
        let lapse = fsrs.next(state, .again, on: state.due)
        #expect(lapse.stability < state.stability)
        #expect(lapse.lastReview.days(until: lapse.due) < intervals.last!)
        #expect(lapse.difficulty > state.difficulty)
    }

    @Test func gradesOrderStabilityAndDifficulty() {
        let start = fsrs.first(.good, on: day)
        let later = start.due.adding(days: 1)
        let states = Grade.allCases.map { fsrs.next(start, $0, on: later) }
        #expect(states.map(\.stability) == states.map(\.stability).sorted())
        #expect(states.map(\.difficulty) == states.map(\.difficulty).sorted(by: >))
    }

    @Test func sameDayReviewUsesTheShortTermRule() {
        let start = fsrs.first(.again, on: day)
        let again = fsrs.next(start, .good, on: day)
        // S·e^(w17·(G − 3 + w18))·S^(−w19), at least S for Good
        let expected = 0.212 * max(exp(0.5425 * 0.0912) * pow(0.212, -0.0658), 1)
        #expect(abs(again.stability - expected) < 1e-12)
        #expect(again.due == day.adding(days: 1))
        #expect(fsrs.next(start, .again, on: day).stability < 0.212)
    }
}
