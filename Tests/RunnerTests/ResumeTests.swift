import Curriculum
import Runner
import Testing
@testable import Tracker

struct ResumeTests {
    let scratch = Scratch()

    @Test func aSavedAttemptContinuesAtTheSameQuestionWithTheSameDraw() throws {
        let tracker = try makeTracker(in: scratch)
        let learner = try tracker.learner(as: nil)
        let quiz = Sample.quiz(questions: Sample.pool(12), draw: 6, shuffle: true)
        var session = QuizSession(quiz: quiz, seed: 4242)
        let right = Sample.rightAnswers(session.draw)
        _ = session.submit(right[0])
        _ = session.submit("z")
        _ = session.submit(right[1] == "a" ? "b" : "a")
        try LearningLog(tracker: tracker, learner: learner).save(session, started: "2026-01-01T00:00:00Z")

        let saved = try #require(try LearningLog(tracker: tracker, learner: learner).progress().resumable(quiz.id))
        #expect(saved.nextQuestion == 3)
        let resumed = try QuizSession(resuming: saved, quiz: quiz)
        #expect(resumed == session)
        #expect(resumed.number == 3)
        #expect(resumed.current == session.draw.questions[2])
        #expect(resumed.score.correct == 1)
    }

    @Test func aLaterFinishedAttemptEndsTheSavedOne() throws {
        let tracker = try makeTracker(in: scratch)
        let learner = try tracker.learner(as: nil)
        let quiz = Sample.quiz()
        var session = QuizSession(quiz: quiz, seed: 1)
        _ = session.submit("b")
        try LearningLog(tracker: tracker, learner: learner).save(session, started: tracker.timestamp)
        #expect(try LearningLog(tracker: tracker, learner: learner).progress().resumable(quiz.id) != nil)
        for input in ["a", "f", "npp"] { _ = session.submit(input) }
        try LearningLog(tracker: tracker, learner: learner).record(session, started: tracker.timestamp)
        #expect(try LearningLog(tracker: tracker, learner: learner).progress().resumable(quiz.id) == nil)
    }

    @Test func theLatestSavedAttemptIsTheOneResumed() throws {
        let tracker = try makeTracker(in: scratch)
        let learner = try tracker.learner(as: nil)
        let quiz = Sample.quiz()
        var first = QuizSession(quiz: quiz, seed: 1)
        _ = first.submit("b")
        try LearningLog(tracker: tracker, learner: learner).save(first, started: tracker.timestamp)
        var second = QuizSession(quiz: quiz, seed: 2)
        _ = second.submit("a")
        _ = second.submit("a,c")
        let record = try LearningLog(tracker: tracker, learner: learner).save(second, started: tracker.timestamp)
        let saved = try #require(try LearningLog(tracker: tracker, learner: learner).progress().resumable(quiz.id))
        #expect(saved.recordID == record.stamp.id)
        #expect(saved.seed == 2)
        #expect(saved.answers == ["a", "a,c"])
    }

    @Test func aChangedQuizIsNotResumed() throws {
        let tracker = try makeTracker(in: scratch)
        let learner = try tracker.learner(as: nil)
        var session = QuizSession(quiz: Sample.quiz(), seed: 1)
        _ = session.submit("b")
        try LearningLog(tracker: tracker, learner: learner).save(session, started: tracker.timestamp)
        let saved = try #require(try LearningLog(tracker: tracker, learner: learner).progress().resumable("sample-quiz"))
        var changed = Sample.quiz()
        changed.version = 3
        #expect(throws: RunnerError.quizChanged(quiz: "sample-quiz", saved: 2, current: 3)) {
            try QuizSession(resuming: saved, quiz: changed)
        }
    }
}
