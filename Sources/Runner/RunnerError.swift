/// What can go wrong when choosing, resuming or recording lessons and quizzes, each
/// naming the id at fault, in the domain's words (the command line adds its commands and
/// flags: `RunnerErrorMessage`).
public enum RunnerError: Error, Equatable, CustomStringConvertible {
    /// No module has this id.
    case unknownModule(String, known: [String])
    /// No quiz (or module with a quiz) has this id.
    case unknownQuiz(String, known: [String])
    /// There is no saved attempt to resume.
    case nothingToResume(quiz: String, person: String)
    /// The saved attempt was made with another version of the quiz file.
    case quizChanged(quiz: String, saved: Int, current: Int)
    /// The saved attempt names questions or answers the quiz does not have.
    case unreadableProgress(record: String, reason: String)

    public var description: String {
        switch self {
        case .unknownModule(let id, let known):
            "no module '\(id)'; the modules are: \(known.joined(separator: ", "))"
        case .unknownQuiz(let id, let known):
            "no quiz '\(id)'; the quizzes are: \(known.joined(separator: ", "))"
        case .nothingToResume(let quiz, let person):
            "\(person) has no saved attempt at \(quiz) to resume"
        case .quizChanged(let quiz, let saved, let current):
            "the saved attempt at \(quiz) was made with version \(saved) of the quiz, which is now version \(current)"
        case .unreadableProgress(let record, let reason):
            "the saved attempt in record \(record) cannot be resumed (\(reason))"
        }
    }
}
