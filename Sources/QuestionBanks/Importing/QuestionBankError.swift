/// Why a bank could not be imported or a quiz exported. Nothing is written in any case.
public enum QuestionBankError: Error, Sendable, CustomStringConvertible {
    /// Problems in the bank, each at its line: invalid weights, broken syntax, answers
    /// that are not numbers. Every one is reported.
    case invalid([BankDiagnostic])
    /// The file cannot be read: it does not exist, or is not a regular file (a FIFO, a
    /// folder, a device), or reading it failed.
    case unreadable(file: String, reason: String)
    /// The file is larger than a bank of its format may be; nothing of it was parsed.
    case tooLarge(file: String, format: QuestionBankFormat, size: Int?)
    /// The content is neither Moodle XML nor GIFT.
    case unknownFormat(file: String)
    /// Nothing in the bank can be asked in PeerTrack.
    case noQuestions(file: String, skipped: [SkippedQuestion])
    /// The quiz holds text the format cannot carry.
    /// The quiz holds text the format cannot carry (in `question`, when it is known).
    case unwritable(quiz: String, reason: String, question: String? = nil)

    public var description: String {
        switch self {
        case .invalid(let diagnostics):
            diagnostics.map(\.description).joined(separator: "\n")
        case .unreadable(let file, let reason):
            "\(file): \(reason)"
        case .tooLarge(let file, let format, let size):
            "\(file):1: the file is \(size.map { "\($0) bytes" } ?? "larger than that (it grew while being read)"); a \(format.title) bank may be at most \(format.maxBytes >> 20) MiB (\(format.maxBytes) bytes); nothing was imported"
        case .unknownFormat(let file):
            "\(file):1: cannot tell the format: expected Moodle XML (<quiz><question type=...>) or GIFT text; name it with the format option"
        case .noQuestions(let file, let skipped):
            (skipped.map(\.description) + ["\(file):1: no question in the bank can be asked in PeerTrack; nothing was imported"])
                .joined(separator: "\n")
        case .unwritable(let quiz, let reason, _):
            "quiz '\(quiz)' cannot be written: \(reason)"
        }
    }
}
