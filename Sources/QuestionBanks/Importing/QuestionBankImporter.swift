import Curriculum
import Foundation

/// Turns a question bank in Moodle XML or GIFT into a PeerTrack quiz.
public enum QuestionBankImporter {
    /// Reads `bytes` (the content of the file named `file`) in `format`, or in the format
    /// its content shows, and fits it into one quiz. Throws `QuestionBankError` with every
    /// problem found; questions PeerTrack cannot ask are left out and listed, not errors.
    public static func importBank(
        _ bytes: [UInt8], file: String, format: QuestionBankFormat? = nil, options: BankImportOptions
    ) throws -> BankImport {
        guard let format = format ?? QuestionBankFormat(guessingFrom: bytes) else {
            throw QuestionBankError.unknownFormat(file: file)
        }
        let entries: [BankEntry]
        switch format {
        case .moodle:
            var reader = MoodleXMLReader(file: file)
            entries = try reader.read(Data(bytes))
        case .gift:
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw QuestionBankError.invalid([BankDiagnostic(file: file, line: 1, message: "the file is not UTF-8 text; save it as UTF-8")])
            }
            entries = try GIFTReader(file: file).read(text)
        }
        var builder = QuizBuilder(file: file, options: options)
        builder.add(entries)
        guard let quiz = builder.quiz() else {
            throw QuestionBankError.noQuestions(file: file, skipped: builder.skipped)
        }
        return BankImport(file: file, format: format, quiz: quiz, skipped: builder.skipped, notes: builder.notes)
    }
}
