import Curriculum
import Tracker

/// What one learner has done, derived from their records: lessons read, quiz attempts,
/// attempts saved part-way. Nothing here is stored.
public struct LearnerProgress: Sendable {
    /// The learner's id.
    public let person: String
    /// Finished attempts, oldest first.
    public let attempts: [AttemptSummary]
    /// Ids of the lessons read to the end.
    public let lessonsRead: Set<String>
    /// For each quiz, the latest saved attempt that no finished attempt followed.
    private let saved: [String: SavedProgress]

    /// A learner's progress from their lessons read and attempts, oldest first.
    public init(person: String, lessons: [LessonRead], attempts records: [QuizAttempt]) {
        var attempts: [AttemptSummary] = []
        var saved: [String: SavedProgress] = [:]
        for record in records {
            if let attempt = AttemptSummary(record) {
                attempts.append(attempt)
                saved[attempt.quizID] = nil
            } else if let progress = SavedProgress(record) {
                saved[progress.quizID] = progress
            }
        }
        self.person = person
        self.attempts = attempts
        self.lessonsRead = Set(lessons.map(\.lesson))
        self.saved = saved
    }

    /// Finished attempts at one quiz, oldest first.
    public func attempts(at quizID: String) -> [AttemptSummary] {
        attempts.filter { $0.quizID == quizID }
    }

    /// The best attempt at a quiz: highest score, the earliest of equals.
    public func best(at quizID: String) -> AttemptSummary? {
        attempts(at: quizID).reduce(nil) { best, attempt in
            guard let best else { return attempt }
            return attempt.score > best.score ? attempt : best
        }
    }

    /// Whether any attempt at the quiz passed.
    public func hasPassed(_ quizID: String) -> Bool {
        attempts(at: quizID).contains(where: \.passed)
    }

    /// The saved attempt at a quiz that can be resumed, if any.
    public func resumable(_ quizID: String) -> SavedProgress? {
        saved[quizID]
    }

    /// Whether a lesson was read to the end.
    public func hasRead(_ lessonID: String) -> Bool {
        lessonsRead.contains(lessonID)
    }

    /// Lessons of a module read to the end.
    public func lessonsRead(in module: Module) -> Int {
        module.lessons.filter { hasRead($0.id) }.count
    }

    /// A module is done when every lesson is read and its quiz (if any) passed.
    public func isDone(_ module: Module, in curriculum: Curriculum) -> Bool {
        guard lessonsRead(in: module) == module.lessons.count else { return false }
        return curriculum.quiz(for: module).map { hasPassed($0.id) } ?? true
    }

    /// How many modules are done.
    public func modulesDone(in curriculum: Curriculum) -> Int {
        curriculum.modules.filter { isDone($0, in: curriculum) }.count
    }

    /// The first unread lesson of a module, else its first lesson.
    public func startingLesson(of module: Module) -> Int {
        module.lessons.firstIndex { !hasRead($0.id) } ?? 0
    }

    /// The first unread lesson of the first module not done, else that module's quiz;
    /// nil when everything is done.
    public func nextStep(in curriculum: Curriculum) -> NextStep? {
        for module in curriculum.modules where !isDone(module, in: curriculum) {
            if let lesson = module.lessons.first(where: { !hasRead($0.id) }) {
                return .read(module, lesson)
            }
            if let quiz = curriculum.quiz(for: module) {
                if let saved = resumable(quiz.id) { return .resume(quiz, saved) }
                return .take(quiz)
            }
        }
        return nil
    }
}
