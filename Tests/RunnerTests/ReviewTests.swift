import Curriculum
import Foundation
import PeerTrackCore
import Runner
import SpacedRepetition
import TestTools
import Testing
@testable import Tracker

/// Review with a fixed clock: missed questions come back on their day, right answers go
/// further out, wrong ones come back, the day's limit holds, a removed question leaves.
struct ReviewTests {
    let scratch = Scratch()
    let clock = MovingClock()
    let first = Day(year: 2026, month: 1, day: 1)!

    func tracker() throws -> Tracker {
        let directory = scratch.url.appendingPathComponent("store")
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let programs = try ProgramLoader(directory: root.appendingPathComponent("Curriculum/programs")).load()
        let clock = self.clock
        let tracker = try Tracker(
            store: directory, programs: programs, context: TrackerContext(now: { clock.now }, account: "tester"))
        if tracker.agency == nil {
            try tracker.initialize(agency: "Test Agency", program: "nc-cpss")
            try tracker.addPerson(id: "jdoe", name: "Jane Doe", role: .specialist, login: "tester")
        }
        return tracker
    }

    func makeCoach(_ input: [String], curriculum: Curriculum = Sample.curriculum) throws -> (Coach, ScriptedTerminal) {
        let tracker = try tracker()
        let terminal = ScriptedTerminal(input)
        let coach = Coach(
            curriculum: curriculum, learner: try tracker.learner(as: nil), terminal: terminal, openStore: { try self.tracker() },
            makeSeed: { 7 })
        return (coach, terminal)
    }

    func deck(_ curriculum: Curriculum = Sample.curriculum) throws -> ReviewDeck {
        let tracker = try tracker()
        return try LearningLog(tracker: tracker, learner: try tracker.learner(as: nil)).reviewDeck(curriculum)
    }

    /// The sample quiz with the single-choice question missed (a) and the rest right.
    func missSingle() throws {
        let (coach, _) = try makeCoach(["a", "a,c", "f", "npp"])
        #expect(try coach.takeQuiz(Sample.quiz(), seed: 1) == .finished)
    }

    @Test func aMissedQuestionIsDueTheNextDay() throws {
        try missSingle()
        let deck = try deck()
        #expect(deck.due(on: first).isEmpty)
        #expect(deck.due(on: first.adding(days: 1)).map(\.question.id) == ["q-single"])
        // Questions answered right are met, not in review.
        #expect(deck.cards.filter(\.inReview).map(\.question.id) == ["q-single"])
        #expect(deck.cards.count == 4)
        #expect(try makeCoach([]).0.reviewsDue().due == 0)
        clock.advance(days: 1)
        #expect(try makeCoach([]).0.reviewsDue() == (1, 1))
    }

    @Test func rightAnswersGoFurtherOutAndAWrongOneComesBack() throws {
        try missSingle()
        var intervals: [Int] = []
        var day = first
        for _ in 0..<4 {
            let due = try #require(try deck().nextDue(from: day))
            clock.advance(days: day.days(until: due))
            day = due
            let (coach, terminal) = try makeCoach(["b", ""])
            #expect(try coach.review() == .finished)
            #expect(terminal.output.contains("Correct."))
            let next = try #require(try deck().cards.first { $0.question.id == "q-single" }?.state)
            #expect(next.lastReview == day)
            intervals.append(day.days(until: next.due))
        }
        #expect(intervals == intervals.sorted() && Set(intervals).count == 4, "\(intervals)")
        clock.advance(days: intervals.last!)
        day = day.adding(days: intervals.last!)
        let (coach, terminal) = try makeCoach(["a"])
        #expect(try coach.review() == .finished)
        #expect(terminal.output.contains("Not correct."))
        let state = try #require(try deck().cards.first { $0.question.id == "q-single" }?.state)
        #expect(day.days(until: state.due) < intervals.last!)
        let records = try tracker().records(.review, of: "jdoe")
        #expect(records.map { $0["event"] } == ["good", "good", "good", "good", "again"])
        #expect(records.allSatisfy { $0["quiz"] == "sample-quiz" && $0["version"] == "2" && $0["question"] == "q-single" && $0.actor == "jdoe" })
    }

    @Test func hardAndEasyAreTakenAfterARightAnswer() throws {
        let quiz = Sample.quiz(questions: Sample.pool(3), ceHours: nil, ceCategory: nil)
        let curriculum = Curriculum(modules: [Sample.module], quizzes: [quiz])
        let (taking, _) = try makeCoach(["b", "b", "b"], curriculum: curriculum)
        #expect(try taking.takeQuiz(quiz, seed: 1) == .finished)
        clock.advance(days: 1)
        let (coach, terminal) = try makeCoach(["a", "h", "a", "x", "e", "a", ""], curriculum: curriculum)
        #expect(try coach.review() == .finished)
        #expect(terminal.output.contains("Right: Enter if remembered, h if hard, e if easy (q to stop): "))
        #expect(terminal.output.contains("Press Enter, or type h or e."))
        #expect(try tracker().records(.review, of: "jdoe").map { $0["event"] } == ["hard", "easy", "good"])
        let due = try deck(curriculum).cards.map { first.adding(days: 1).days(until: $0.state.due) }
        #expect(due[0] < due[2] && due[2] < due[1], "Hard before Good before Easy: \(due)")
    }

    @Test func aDaysLimitHolds() throws {
        let quiz = Sample.quiz(questions: Sample.pool(12), ceHours: nil, ceCategory: nil)
        let curriculum = Curriculum(modules: [Sample.module], quizzes: [quiz])
        let (taking, _) = try makeCoach(Array(repeating: "b", count: 12), curriculum: curriculum)
        #expect(try taking.takeQuiz(quiz, seed: 1) == .finished)
        clock.advance(days: 1)
        let (coach, terminal) = try makeCoach(Array(repeating: "a", count: 5).flatMap { [$0, ""] }, curriculum: curriculum)
        #expect(try coach.review(limit: 5) == .finished)
        #expect(terminal.output.contains("Review: 5 questions due today"))
        #expect(terminal.output.contains("7 more are due; at most 5 are asked a day."))
        #expect(try tracker().records(.review, of: "jdoe").count == 5)
        let (again, second) = try makeCoach(["a", ""], curriculum: curriculum)
        #expect(try again.review(limit: 5) == .finished)
        #expect(second.output.flattened.contains("You have answered 5 reviews today, the day's limit of 5; 7 more are due"))
        #expect(try tracker().records(.review, of: "jdoe").count == 5)
        #expect(try again.reviewsDue(limit: 5) == (7, 0))
        clock.advance(days: 1)
        #expect(try makeCoach([], curriculum: curriculum).0.reviewsDue(limit: 5) == (7, 5))
    }

    @Test func stoppingSavesTheAnswersGiven() throws {
        let quiz = Sample.quiz(questions: Sample.pool(3), ceHours: nil, ceCategory: nil)
        let curriculum = Curriculum(modules: [Sample.module], quizzes: [quiz])
        let (taking, _) = try makeCoach(["b", "b", "b"], curriculum: curriculum)
        #expect(try taking.takeQuiz(quiz, seed: 1) == .finished)
        clock.advance(days: 1)
        let (coach, terminal) = try makeCoach(["a", "q"], curriculum: curriculum)
        #expect(try coach.review() == .quit)
        #expect(terminal.output.flattened.contains("Stopped. Your 1 answer is saved"))
        let (ending, _) = try makeCoach(["b"], curriculum: curriculum)
        #expect(try ending.review() == .endOfInput)
        #expect(try tracker().records(.review, of: "jdoe").map { $0["event"] } == ["good", "again"])
    }

    @Test func aRemovedQuestionLeavesReviewAndSaysSoOnce() throws {
        try missSingle()
        clock.advance(days: 1)
        let (reviewing, _) = try makeCoach(["a"])
        #expect(try reviewing.review() == .finished)
        clock.advance(days: 1)
        let without = Curriculum(modules: [Sample.module], quizzes: [Sample.quiz(questions: [Sample.multiple, Sample.trueFalse, Sample.short])])
        #expect(try deck(without).leaving == [LeftReview(quiz: "sample-quiz", version: 2, question: "q-single", removed: true)])
        let (coach, terminal) = try makeCoach([], curriculum: without)
        #expect(try coach.review() == .finished)
        #expect(terminal.output.flattened.contains("1 question left review: - sample-quiz q-single: no longer in the curriculum"))
        #expect(terminal.output.contains("No questions are in review."))
        let (again, second) = try makeCoach([], curriculum: without)
        #expect(try again.review() == .finished)
        #expect(!second.output.contains("left review"))
        #expect(try deck(without).leaving.isEmpty)
    }

    @Test func aChangedQuizTakesItsQuestionsOutOfReview() throws {
        try missSingle()
        var changed = Sample.quiz()
        changed.version = 3
        let curriculum = Curriculum(modules: [Sample.module], quizzes: [changed])
        clock.advance(days: 1)
        let deck = try deck(curriculum)
        #expect(deck.cards.isEmpty)
        #expect(deck.leaving == [LeftReview(quiz: "sample-quiz", version: 2, question: "q-single", removed: false)])
        let (coach, terminal) = try makeCoach([], curriculum: curriculum)
        #expect(try coach.review() == .finished)
        #expect(terminal.output.flattened.contains("sample-quiz q-single: its quiz changed since version 2"))
        #expect(try tracker().records(.review, of: "jdoe").map { $0["event"] } == ["changed"])
    }

    @Test func partCreditOnSelectAllCountsAsMissed() throws {
        let (coach, _) = try makeCoach(["b", "a", "f", "npp"])
        #expect(try coach.takeQuiz(Sample.quiz(), seed: 1) == .finished)
        #expect(try deck().due(on: first.adding(days: 1)).map(\.question.id) == ["q-multiple"])
    }

    @Test func practiceMissesEnterReview() throws {
        let (coach, terminal) = try makeCoach(["a", "a,c", "t", "npp"])
        #expect(try coach.takeQuiz(Sample.quiz(), practice: true) == .finished)
        #expect(try tracker().records(.attempt, of: "jdoe").isEmpty)
        #expect(terminal.output.flattened.contains("the 2 questions you missed come back in `peertrack review`"))
        let records = try tracker().records(.review, of: "jdoe")
        #expect(records.map { $0["question"] } == ["q-single", "q-truefalse"])
        #expect(records.allSatisfy { $0["via"] == "practice" && $0["event"] == "again" })
        #expect(Set(try deck().due(on: first.adding(days: 1)).map(\.question.id)) == ["q-single", "q-truefalse"])
        // Practice answers do not count against the day's review limit.
        #expect(try deck().reviewed(on: first) == 0)
    }

    @Test func theMenuSaysHowManyAreDueAndOffersTheReview() throws {
        try missSingle()
        let (before, quiet) = try makeCoach(["q"])
        try before.menu()
        #expect(!quiet.output.contains("due for review"))
        clock.advance(days: 1)
        let (coach, terminal) = try makeCoach(["", "b", "", "", "q"])
        try coach.menu()
        #expect(terminal.output.contains("1 question due for review"))
        #expect(terminal.output.flattened.contains("Next: review the 1 question due today (r, or Enter)"))
        #expect(terminal.output.contains("Review: 1 question due today"))
        #expect(terminal.output.contains("Reviewed 1: 1 right"))
        #expect(try tracker().records(.review, of: "jdoe").map { $0["event"] } == ["good"])
    }

    @Test func masteryIsTheMeanRecallOfTheQuestionsMet() throws {
        let ruled = [Sample.single, Sample.trueFalse].map { question -> Question in
            var question = question
            question.rule = 5
            return question
        }
        let quiz = Sample.quiz(questions: ruled + [Sample.multiple], ceHours: nil, ceCategory: nil)
        let curriculum = Curriculum(modules: [Sample.module], quizzes: [quiz])
        let (coach, _) = try makeCoach(["b", "q"], curriculum: curriculum)
        #expect(try coach.takeQuiz(quiz, seed: 1) == .quit)
        // A saved part-way attempt is not met yet.
        #expect(try deck(curriculum).mastery(in: curriculum, on: first).first?.met == 0)
        let (finishing, _) = try makeCoach(["f", "a,c"], curriculum: curriculum)
        #expect(try finishing.takeQuiz(quiz, resume: true) == .finished)
        let later = first.adding(days: 10)
        let mastery = try deck(curriculum).mastery(in: curriculum, on: later)
        #expect(mastery.map(\.topic) == ["rule-5"])
        let rule = try #require(mastery.first)
        #expect(rule.met == 2 && rule.unmet == 0)
        let expected = FSRS.standard.retrievability(elapsedDays: 10, stability: FSRS.standard.initialStability(.good))
        #expect(abs((rule.retrievability ?? 0) - expected) < 1e-12)
    }
}
