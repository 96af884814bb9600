import Curriculum
import Runner
import Testing
import Tracker

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
        try tracker.saveProgress(session, started: "2026-01-01T00:00:00Z", for: learner)

        let saved = try #require(tracker.progress(of: learner).resumable(quiz.id))
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
        try tracker.saveProgress(session, started: tracker.timestamp, for: learner)
        #expect(tracker.progress(of: learner).resumable(quiz.id) != nil)
        for input in ["a", "f", "npp"] { _ = session.submit(input) }
        try tracker.recordAttempt(session, started: tracker.timestamp, for: learner)
        #expect(tracker.progress(of: learner).resumable(quiz.id) == nil)
    }

    @Test func theLatestSavedAttemptIsTheOneResumed() throws {
        let tracker = try makeTracker(in: scratch)
        let learner = try tracker.learner(as: nil)
        let quiz = Sample.quiz()
        var first = QuizSession(quiz: quiz, seed: 1)
        _ = first.submit("b")
        try tracker.saveProgress(first, started: tracker.timestamp, for: learner)
        var second = QuizSession(quiz: quiz, seed: 2)
        _ = second.submit("a")
        _ = second.submit("a,c")
        let record = try tracker.saveProgress(second, started: tracker.timestamp, for: learner)
        let saved = try #require(tracker.progress(of: learner).resumable(quiz.id))
        #expect(saved.recordID == record.id)
        #expect(saved.seed == 2)
        #expect(saved.answers == ["a", "a,c"])
    }

    @Test func aChangedQuizIsNotResumed() throws {
        let tracker = try makeTracker(in: scratch)
        let learner = try tracker.learner(as: nil)
        var session = QuizSession(quiz: Sample.quiz(), seed: 1)
        _ = session.submit("b")
        try tracker.saveProgress(session, started: tracker.timestamp, for: learner)
        let saved = try #require(tracker.progress(of: learner).resumable("sample-quiz"))
        var changed = Sample.quiz()
        changed.version = 3
        #expect(throws: RunnerError.quizChanged(quiz: "sample-quiz", saved: 2, current: 3)) {
            try QuizSession(resuming: saved, quiz: changed)
        }
    }
}
