import Curriculum
import Runner
import Testing
@testable import Tracker

struct LearnerProgressTests {
    let scratch = Scratch()

    func finish(_ inputs: [String], tracker: Tracker, learner: Learner) throws {
        var session = QuizSession(quiz: Sample.quiz(), seed: 1)
        for input in inputs { _ = session.submit(input) }
        try LearningLog(tracker: tracker, learner: learner).record(session, started: tracker.timestamp)
    }

    @Test func theNextStepIsTheFirstUnreadLessonThenTheQuiz() throws {
        let tracker = try makeTracker(in: scratch)
        let learner = try tracker.learner(as: nil)
        let curriculum = Sample.curriculum
        let module = Sample.module
        #expect(try LearningLog(tracker: tracker, learner: learner).progress().nextStep(in: curriculum) == .read(module, module.lessons[0]))
        try LearningLog(tracker: tracker, learner: learner).record(module.lessons[0], in: module)
        #expect(try LearningLog(tracker: tracker, learner: learner).progress().nextStep(in: curriculum) == .read(module, module.lessons[1]))
        try LearningLog(tracker: tracker, learner: learner).record(module.lessons[1], in: module)
        #expect(try LearningLog(tracker: tracker, learner: learner).progress().nextStep(in: curriculum) == .take(curriculum.quizzes[0]))
        #expect(try LearningLog(tracker: tracker, learner: learner).progress().modulesDone(in: curriculum) == 0)
        try finish(["a", "a", "t", "x"], tracker: tracker, learner: learner)
        #expect(try LearningLog(tracker: tracker, learner: learner).progress().modulesDone(in: curriculum) == 0)
        try finish(["b", "a,c", "f", "npp"], tracker: tracker, learner: learner)
        let progress = try LearningLog(tracker: tracker, learner: learner).progress()
        #expect(progress.modulesDone(in: curriculum) == 1)
        #expect(progress.nextStep(in: curriculum) == nil)
    }

    @Test func bestIsTheHighestScoreAndPassingCountsOnce() throws {
        let tracker = try makeTracker(in: scratch)
        let learner = try tracker.learner(as: nil)
        try finish(["a", "a", "f", "x"], tracker: tracker, learner: learner)  // 0 + 2/3 + 1 + 0: 41%
        try finish(["b", "a,c", "f", "npp"], tracker: tracker, learner: learner)  // 100%
        try finish(["b", "a", "f", "npp"], tracker: tracker, learner: learner)  // 1 + 2/3 + 1 + 1: 91%
        let progress = try LearningLog(tracker: tracker, learner: learner).progress()
        #expect(progress.attempts(at: "sample-quiz").map(\.score) == [41, 100, 91])
        #expect(progress.best(at: "sample-quiz")?.score == 100)
        #expect(progress.hasPassed("sample-quiz"))
    }

    @Test func theLearnerIsTheOptionElseTheLoginElseTheAccount() throws {
        let tracker = try makeTracker(in: scratch, account: "tester")
        #expect(try tracker.learner(as: nil) == Learner(id: "jdoe", person: tracker.roster.person("jdoe"), source: .login))
        #expect(try tracker.learner(as: "jdoe").source == .option)
        #expect(throws: TrackerError.unknownPerson("nobody")) { try tracker.learner(as: "nobody") }
        let personal = try makeTracker(in: scratch, account: "sam", roster: false)
        #expect(try personal.learner(as: nil) == Learner(id: "sam", person: nil, source: .account))
    }
}
