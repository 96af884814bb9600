import Curriculum
import Foundation
import PeerTrackCore

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
        guard bytes.count <= format.maxBytes else {
            throw QuestionBankError.tooLarge(file: file, format: format, size: bytes.count)
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
        var bank = BankImport(file: file, format: format, quiz: quiz, skipped: builder.skipped, notes: builder.notes)
        bank.questionLines = builder.questionLines
        return bank
    }

    /// Reads the bank file at `path` and imports it as `importBank` does. Only a regular
    /// file is read, and no more of it than its format's cap (`QuestionBankFormat.maxBytes`):
    /// the size is checked once the first 64 KiB have told the format, before the rest is
    /// read, and again while reading.
    public static func importFile(_ path: String, format: QuestionBankFormat? = nil, options: BankImportOptions) throws -> BankImport {
        let (bytes, format) = try read(path, format: format)
        // The safe-text rule, on the bank's route in: no control or direction-changing
        // character in any text (layout aside).
        if let bad = SafeText.firstUnsafe(inFile: bytes) {
            throw QuestionBankError.invalid([
                BankDiagnostic(
                    file: path, line: bad.line,
                    message: "column \(bad.column): the bank holds \(SafeText.escape(bad.scalar)); expected \(SafeText.expectation(for: bad.scalar)); nothing was imported")
            ])
        }
        return try importBank(bytes, file: path, format: format, options: options)
    }

    private static func read(_ path: String, format named: QuestionBankFormat?) throws(QuestionBankError) -> ([UInt8], QuestionBankFormat) {
        do {
            let file = try UserFile(path: path)
            var bytes = try file.read(upTo: QuestionBankFormat.guessingPrefix)
            guard let format = named ?? QuestionBankFormat(guessingFrom: bytes) else { throw QuestionBankError.unknownFormat(file: path) }
            guard file.size <= format.maxBytes else { throw QuestionBankError.tooLarge(file: path, format: format, size: file.size) }
            bytes += try file.read(upTo: format.maxBytes + 1 - bytes.count)
            guard bytes.count <= format.maxBytes else { throw QuestionBankError.tooLarge(file: path, format: format, size: nil) }
            return (bytes, format)
        } catch let error as UserFileError {
            throw .unreadable(file: path, reason: error.reason)
        } catch let error as QuestionBankError {
            throw error
        } catch {
            throw .unreadable(file: path, reason: "\(error)")
        }
    }
}
