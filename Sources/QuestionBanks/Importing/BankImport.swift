import Curriculum

/// A bank turned into a PeerTrack quiz: the quiz, the questions left out and why, and
/// remarks on what was changed on the way.
public struct BankImport: Sendable {
    /// The bank file, as named.
    public var file: String
    /// The format it was read as.
    public var format: QuestionBankFormat
    /// The quiz, ready to be written as a quiz file.
    public var quiz: Quiz
    /// The questions left out, in file order.
    public var skipped: [SkippedQuestion]
    /// What was changed to fit (a description folded into the next question, a grade not
    /// kept, feedback moved into the explanation).
    public var notes: [BankDiagnostic]
    /// The line of the bank each question of the quiz comes from, by question id.
    public var questionLines: [String: Int] = [:]

    /// Makes an import result.
    public init(file: String, format: QuestionBankFormat, quiz: Quiz, skipped: [SkippedQuestion], notes: [BankDiagnostic]) {
        self.file = file
        self.format = format
        self.quiz = quiz
        self.skipped = skipped
        self.notes = notes
    }

    /// One line: how many questions were taken, and how many were skipped for what reason.
    public var summary: String {
        let taken = quiz.questions.count
        var text = "Imported \(taken) of \(taken + skipped.count) question(s) from \(file) (\(format.title)) into quiz '\(quiz.id)'"
        guard !skipped.isEmpty else { return text + "." }
        let reasons = SkippedQuestion.Reason.allCases.compactMap { reason -> String? in
            let count = skipped.filter { $0.reason == reason }.count
            return count == 0 ? nil : "\(count) because \(reason.explanation)"
        }
        text += "; skipped \(skipped.count): " + reasons.joined(separator: "; ") + "."
        return text
    }
}
