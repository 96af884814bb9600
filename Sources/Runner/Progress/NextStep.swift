import Curriculum

/// What a learner should do next: the first module not done, its first unread lesson,
/// then its quiz.
public enum NextStep: Sendable, Equatable {
    /// Read this lesson.
    case read(Module, Lesson)
    /// Continue the saved attempt at this quiz.
    case resume(Quiz, SavedProgress)
    /// Take this quiz.
    case take(Quiz)

    /// One line that says what to do.
    public var summary: String {
        switch self {
        case .read(let module, let lesson):
            let number = (module.lessons.firstIndex(of: lesson) ?? 0) + 1
            return "read \"\(lesson.title)\" (\(module.title), lesson \(number) of \(module.lessons.count))"
        case .resume(let quiz, let saved):
            return "continue \"\(quiz.title)\" at question \(saved.nextQuestion)"
        case .take(let quiz):
            return "take \"\(quiz.title)\""
        }
    }
}
