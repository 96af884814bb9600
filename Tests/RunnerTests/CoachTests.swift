import Curriculum
import Runner
import Testing
@testable import Tracker

struct CoachTests {
    let scratch = Scratch()

    func coach(_ tracker: Tracker, _ input: [String], as id: String? = nil) throws -> (Coach, ScriptedTerminal) {
        let terminal = ScriptedTerminal(input)
        let coach = Coach(
            curriculum: Sample.curriculum, learner: try tracker.learner(as: id), terminal: terminal, openStore: { tracker }, makeSeed: { 7 })
        return (coach, terminal)
    }

    /// Records every lesson of the sample module as read.
    func readEveryLesson(_ tracker: Tracker, as id: String? = nil) throws {
        let log = LearningLog(tracker: tracker, learner: try tracker.learner(as: id))
        for lesson in Sample.module.lessons { try log.record(lesson, in: Sample.module) }
    }

    @Test func aPassedQuizRecordsTheAttemptAndCEHours() throws {
        let tracker = try makeTracker(in: scratch)
        try readEveryLesson(tracker)
        let (coach, terminal) = try coach(tracker, ["b", "a,c", "f", "Notice of Privacy Practices"])
        #expect(try coach.takeQuiz(Sample.quiz(), seed: 11) == .finished)
        let attempt = try #require(try tracker.records(.attempt, of: "jdoe").first)
        #expect(attempt["quiz"] == "sample-quiz")
        #expect(attempt["version"] == "2")
        #expect(attempt["seed"] == "11")
        #expect(attempt["questions"] == "q-single,q-multiple,q-truefalse,q-short")
        #expect(attempt["answers"] == "b|a,c|false|notice of privacy practices")
        #expect(attempt["correct"] == "4")
        #expect(attempt["asked"] == "4")
        #expect(attempt["score"] == "100")
        #expect(attempt["passed"] == "true")
        #expect(attempt["started"] == "2026-01-01T00:00:00Z")
        #expect(attempt["ended"] == "2026-01-01T00:00:00Z")
        let ce = try #require(try tracker.records(.ce, of: "jdoe").first)
        #expect(ce["hours"] == "1")
        #expect(ce["category"] == "ethics")
        #expect(ce["provider"] == "in-service")
        #expect(ce["title"] == "Module completed: \(Sample.module.title)")
        #expect(ce["date"] == "2025-12-31")  // midnight UTC is still December 31 in Raleigh, the program's zone
        #expect(ce["attempt"] == attempt.id)
        #expect(ce["module"] == Sample.module.id)
        #expect(ce["lessons"] == "lesson-one,lesson-two")
        #expect(ce["minutes"] == "0")
        #expect(try tracker.history(of: "jdoe").verification(of: ce.id) == nil)
        #expect(terminal.output.flattened.contains("Question 4 of 4"))
        #expect(terminal.output.flattened.contains("Score: 4 of 4 (100%)"))
        #expect(terminal.output.flattened.contains("unverified until a supervisor verifies it"))
    }

    @Test func aPassedQuizEarnsNoHoursUntilEveryLessonIsRead() throws {
        let tracker = try makeTracker(in: scratch)
        let (coach, terminal) = try coach(tracker, ["b", "a,c", "f", "npp"])
        #expect(try coach.takeQuiz(Sample.quiz(), seed: 1) == .finished)
        #expect(try tracker.records(.ce, of: "jdoe").isEmpty)
        #expect(terminal.output.flattened.contains("recorded once every lesson is read; 2 to go"))
        // Reading the lessons afterwards completes the module: the hours are recorded then.
        let (reader, readerTerminal) = try self.coach(tracker, ["", "", "", ""])
        #expect(try reader.learn(Sample.module) == .finished)
        let ce = try #require(try tracker.records(.ce, of: "jdoe").first)
        #expect(ce["lessons"] == "lesson-one,lesson-two")
        #expect(ce["attempt"] == (try tracker.records(.attempt, of: "jdoe").first?.id))
        #expect(readerTerminal.output.flattened.contains("in-service training recorded for the module"))
        #expect(try tracker.records(.ce, of: "jdoe").count == 1)
    }

    @Test func passingAgainDoesNotAddTheHoursTwice() throws {
        let tracker = try makeTracker(in: scratch)
        try readEveryLesson(tracker)
        let answers = ["b", "a,c", "f", "npp"]
        _ = try coach(tracker, answers).0.takeQuiz(Sample.quiz(), seed: 1)
        let (second, terminal) = try coach(tracker, answers)
        _ = try second.takeQuiz(Sample.quiz(), seed: 1)
        #expect(try tracker.records(.attempt, of: "jdoe").count == 2)
        #expect(try tracker.records(.ce, of: "jdoe").count == 1)
        #expect(terminal.output.flattened.contains("already recorded"))
    }

    @Test func aFailedQuizIsRecordedWithoutCEAndReviewsTheMissed() throws {
        let tracker = try makeTracker(in: scratch)
        let (coach, terminal) = try coach(tracker, ["a", "a,c", "t", "npp"])
        #expect(try coach.takeQuiz(Sample.quiz(), seed: 1) == .finished)
        #expect(try tracker.records(.attempt, of: "jdoe").first?["passed"] == "false")
        #expect(try tracker.records(.ce, of: "jdoe").isEmpty)
        #expect(terminal.output.flattened.contains("Not passed: the pass mark is 75%; 3 correct answers pass."))
        #expect(terminal.output.flattened.contains("Review of missed questions (2)"))
        #expect(terminal.output.flattened.contains("Your answer: a) Skip the appointment"))
    }

    @Test func practiceRecordsNothing() throws {
        let tracker = try makeTracker(in: scratch)
        let before = tracker.journal.recordCount
        let (coach, terminal) = try coach(tracker, ["b", "a,c", "f", "npp"])
        #expect(try coach.takeQuiz(Sample.quiz(), practice: true) == .finished)
        #expect(tracker.journal.recordCount == before)
        #expect(terminal.output.flattened.contains("Practice: nothing was recorded."))
    }

    @Test func invalidAnswersAreExplainedAndAskedAgain() throws {
        let tracker = try makeTracker(in: scratch)
        let (coach, terminal) = try coach(tracker, ["z", "", "b", "a,c", "maybe", "f", "npp"])
        #expect(try coach.takeQuiz(Sample.quiz(), seed: 1) == .finished)
        #expect(terminal.output.flattened.contains("'z' is not one of the choices"))
        #expect(terminal.output.flattened.contains("No answer given"))
        #expect(try tracker.records(.attempt, of: "jdoe").first?["answers"] == "b|a,c|false|npp")
    }

    @Test func quittingSavesAndResumeFinishesTheSameAttempt() throws {
        let tracker = try makeTracker(in: scratch)
        let (first, firstTerminal) = try coach(tracker, ["b", "q"])
        #expect(try first.takeQuiz(Sample.quiz(), seed: 5) == .quit)
        #expect(firstTerminal.output.flattened.contains("continue at question 2 with `peertrack quiz sample-quiz --resume`"))
        let progress = try #require(try tracker.records(.progress, of: "jdoe").first)
        #expect(progress["answers"] == "b")
        #expect(progress["seed"] == "5")

        let (second, secondTerminal) = try coach(tracker, ["a,c", "f", "npp"])
        #expect(try second.takeQuiz(Sample.quiz(), resume: true) == .finished)
        #expect(secondTerminal.output.flattened.contains("Continuing at question 2 of 4."))
        #expect(!secondTerminal.output.flattened.contains("Question 1 of 4"))
        let attempt = try #require(try tracker.records(.attempt, of: "jdoe").first)
        #expect(attempt["answers"] == "b|a,c|false|npp")
        #expect(attempt["seed"] == "5")
        #expect(attempt["started"] == progress["started"])
        #expect(throws: RunnerError.nothingToResume(quiz: "sample-quiz", person: "jdoe")) {
            try self.coach(tracker, []).0.takeQuiz(Sample.quiz(), resume: true)
        }
    }

    @Test func endOfInputSavesTooButNotBeforeTheFirstAnswer() throws {
        let tracker = try makeTracker(in: scratch)
        let (coach, terminal) = try coach(tracker, [])
        #expect(try coach.takeQuiz(Sample.quiz(), seed: 1) == .endOfInput)
        #expect(try tracker.records(.progress, of: "jdoe").isEmpty)
        #expect(terminal.output.flattened.contains("nothing was saved"))
        let (next, _) = try self.coach(tracker, ["b", "a"])
        #expect(try next.takeQuiz(Sample.quiz(), seed: 1) == .endOfInput)
        #expect(try tracker.records(.progress, of: "jdoe").first?["answers"] == "b|a")
    }

    @Test func someoneNotOnTheRosterGetsTheAttemptButNoCE() throws {
        let tracker = try makeTracker(in: scratch, account: "sam", roster: false)
        let (coach, terminal) = try coach(tracker, ["b", "a,c", "f", "npp"])
        _ = try coach.takeQuiz(Sample.quiz(), seed: 1)
        #expect(try tracker.records(.attempt, of: "sam").first?["passed"] == "true")
        #expect(try tracker.records(.ce, of: "sam").isEmpty)
        #expect(terminal.output.flattened.contains("no CE record was added, because 'sam' is not on the roster"))
    }

    @Test func aCategoryTheProgramLacksIsANoteNotAFailure() throws {
        let tracker = try makeTracker(in: scratch)
        let quiz = Sample.quiz(ceCategory: "astrology")
        try readEveryLesson(tracker)
        let (coach, terminal) = try coach(tracker, ["b", "a,c", "f", "npp"])
        #expect(try coach.takeQuiz(quiz, seed: 1) == .finished)
        #expect(try tracker.records(.attempt, of: "jdoe").count == 1)
        #expect(try tracker.records(.ce, of: "jdoe").isEmpty)
        #expect(terminal.output.flattened.contains("Note: no CE record was added: category 'astrology' is not valid"))
    }

    @Test func learningRecordsEachLessonOnce() throws {
        let tracker = try makeTracker(in: scratch)
        let (coach, terminal) = try coach(tracker, ["", "b", "", "", "", ""])
        #expect(try coach.learn(Sample.module) == .finished)
        #expect(try tracker.records(.lesson, of: "jdoe").map { $0["lesson"] } == ["lesson-one", "lesson-two"])
        #expect(try tracker.records(.lesson, of: "jdoe").first?["module"] == "sample")
        #expect(terminal.output.flattened.contains("Next: the quiz, `peertrack quiz sample-quiz`."))
        let (again, _) = try self.coach(tracker, ["", ""])
        #expect(try again.learn(Sample.module, from: 0) == .finished)
        #expect(try tracker.records(.lesson, of: "jdoe").count == 2)
    }

    @Test func theMenuTakesTheNextStepAndQuits() throws {
        let tracker = try makeTracker(in: scratch)
        let module = Sample.module
        try LearningLog(tracker: tracker, learner: try tracker.learner(as: nil)).record(module.lessons[0], in: module)
        try LearningLog(tracker: tracker, learner: try tracker.learner(as: nil)).record(module.lessons[1], in: module)
        let (coach, terminal) = try coach(tracker, ["", "b", "a,c", "f", "npp", "", "q"])
        try coach.menu()
        #expect(terminal.output.flattened.contains("0 of 1 modules done"))
        #expect(terminal.output.flattened.contains("Next: take \"Sample quiz\""))
        #expect(terminal.output.flattened.contains("1 of 1 modules done"))
        #expect(terminal.output.flattened.contains("quiz best 100%, passed"))
        #expect(try tracker.records(.attempt, of: "jdoe").count == 1)
    }

    @Test func theMenuOffersToResumeASavedAttempt() throws {
        let tracker = try makeTracker(in: scratch)
        _ = try coach(tracker, ["b", "q"]).0.takeQuiz(Sample.quiz(), seed: 3)
        let (coach, terminal) = try coach(tracker, ["7", "1", "t", "y", "a,c", "f", "npp", ""])
        try coach.menu()
        #expect(terminal.output.flattened.contains("Type a module number from 1 to 1"))
        #expect(terminal.output.flattened.contains("saved at question 2 of 4"))
        #expect(terminal.output.flattened.contains("You stopped at question 2 of 4. Continue that attempt?"))
        #expect(try tracker.records(.attempt, of: "jdoe").first?["answers"] == "b|a,c|false|npp")
    }
}
