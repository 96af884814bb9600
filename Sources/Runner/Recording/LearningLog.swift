import Curriculum
import PeerTrackCore
import Tracker

/// A learner's lessons and quiz attempts in the store: what the runner reads and writes
/// through the tracker, in the runner's own terms.
public struct LearningLog {
    /// The open store.
    public let tracker: Tracker
    /// Whose records they are.
    public let learner: Learner

    /// The log of a learner in a store.
    public init(tracker: Tracker, learner: Learner) {
        self.tracker = tracker
        self.learner = learner
    }

    /// What the learner has done so far.
    public func progress() throws -> LearnerProgress {
        let (lessons, attempts) = try tracker.learning(of: learner)
        return LearnerProgress(person: learner.id, lessons: lessons, attempts: attempts)
    }

    /// Records that a lesson was read to the end.
    @discardableResult
    public func record(_ lesson: Lesson, in module: Module) throws -> LessonRead {
        try tracker.recordLesson(lesson.id, module: module.id, for: learner)
    }

    /// Records a finished attempt: what was asked, what was answered, the score and times.
    @discardableResult
    public func record(_ session: QuizSession, started: String) throws -> QuizAttempt {
        let score = session.score
        return try write(
            session, started: started,
            result: QuizAttempt.Score(correct: score.correct, asked: score.asked, percent: score.percent, passed: score.passed))
    }

    /// Saves an attempt part-way so that it can be resumed at the same question.
    @discardableResult
    public func save(_ session: QuizSession, started: String) throws -> QuizAttempt {
        try write(session, started: started, result: nil)
    }

    /// Records the in-service CE hours of a module whose lessons are all read and whose
    /// quiz is passed, if it awards any.
    public func awardCE(for module: Module, quiz: Quiz) -> CEAward {
        guard let hours = quiz.ceHours, let category = quiz.ceCategory else { return .none }
        return tracker.awardCE(
            for: ModuleCredit(
                module: module.id, moduleTitle: module.title, lessons: module.lessons.map(\.id), quiz: quiz.id, quizTitle: quiz.title,
                hours: hours, category: category),
            learner: learner)
    }

    private func write(_ session: QuizSession, started: String, result: QuizAttempt.Score?) throws -> QuizAttempt {
        try tracker.recordAttempt(
            quiz: session.quiz.id, version: session.quiz.version, seed: session.draw.seed, questionIDs: session.draw.questionIDs,
            answers: AnswerCoding.join(session.encodedAnswers), started: started, result: result, for: learner)
    }
}
