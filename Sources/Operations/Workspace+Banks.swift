import Curriculum
import Foundation
import PeerTrackCore
import QuestionBanks

/// What a question bank's import came to.
package enum BankImportOutcome {
    /// The quiz file's text, written to the output if one was given; the bank says what
    /// was left out and why.
    case made(text: String, bank: BankImport)
    /// No module names the quiz: one of `modules` must be given.
    case needsModule(quiz: String, modules: [String])
    /// The bank's quiz id is a quiz of the content, and the output is not that quiz's file.
    case quizIDTaken(file: String, quiz: String)
    /// The quiz file made would not pass the content check: each problem at the bank's line.
    case wouldNotPass([BankDiagnostic])
    /// The import failed; each line says where and why, and nothing was written.
    case failed([String])
}

extension Workspace {
    /// Turns a Moodle XML or GIFT bank into a quiz file that passes `curriculum check`,
    /// written to `output` if given (and put back as it was if it would not pass).
    package func importBank(_ path: String, format: QuestionBankFormat?, quizID: String?, moduleID: String?, output: String?) throws -> BankImportOutcome {
        let curriculum = try? loadCurriculum()
        let bank: BankImport
        do {
            bank = try QuestionBankImporter.importFile(
                path, format: format, options: BankImportOptions(quizID: quizID, moduleID: moduleID ?? "", existingQuizzes: curriculum?.quizzes ?? []))
        } catch let error as QuestionBankError {
            return .failed(["\(error)"])
        }
        var quiz = bank.quiz
        let modules = curriculum?.modules ?? []
        guard let module = moduleID ?? modules.first(where: { $0.quizID == quiz.id })?.id ?? modules.first(where: { "\($0.id)-quiz" == quiz.id })?.id
        else { return .needsModule(quiz: quiz.id, modules: modules.map(\.id)) }
        quiz.moduleID = module
        let loader = ContentLoader(root: contentRoot)
        if curriculum?.quiz(quiz.id) != nil {
            let target = output.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
            let files = ((try? loader.quizFiles()) ?? []).map(\.standardizedFileURL.path)
            if target == nil || !files.contains(target ?? "") {
                return .quizIDTaken(file: bank.file, quiz: quiz.id)
            }
        }
        let text: String
        do {
            text = try QuizFileWriter.text(of: quiz)
        } catch let error as QuestionBankError {
            // At the bank's line of the question that holds the text, when it is known.
            if case .unwritable(_, let reason, let question?) = error, let line = bank.questionLines[question] {
                return .failed(["\(bank.file):\(line): question '\(question)' \(reason); nothing was imported"])
            }
            return .failed(["\(bank.file):1: \(error)"])
        }
        let problems = try checkQuizFile(text, of: bank, quizID: quiz.id, output: output, loader: loader)
        guard problems.isEmpty else {
            return .wouldNotPass(problems)
        }
        return .made(text: text, bank: bank)
    }

    /// Checks the quiz file as `curriculum check FILE` would, against the content folder.
    /// With an output file, the file is written there for the check and put back as it was
    /// if there is any problem; without one, it is checked in a temporary folder. Each
    /// problem is placed at the bank's line of the question it is in.
    private func checkQuizFile(_ text: String, of bank: BankImport, quizID: String, output: String?, loader: ContentLoader) throws -> [BankDiagnostic] {
        if let output {
            let url = URL(fileURLWithPath: output)
            let before = FileManager.default.contents(atPath: url.path)
            try OutputFile.write(Array(text.utf8), to: output, mode: 0o644)
            let problems = (try? loader.review(paths: [url]).problems) ?? []
            if !problems.isEmpty {
                if let before {
                    try OutputFile.write([UInt8](before), to: output, mode: 0o644)
                } else {
                    try? FileManager.default.removeItem(at: url)
                }
            }
            return bank.locate(problems, quizFile: loader.displayName(url), quizText: text)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("peertrack-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("\(quizID).xml")
        try Data(text.utf8).write(to: url)
        let problems = (try? loader.review(paths: [url]).problems) ?? []
        return bank.locate(problems, quizFile: loader.displayName(url), quizText: text)
    }

    /// A quiz as a Moodle XML or GIFT bank.
    package func exportBank(_ quizID: String, format: QuestionBankFormat) throws -> (quiz: Quiz, text: String) {
        let curriculum = try loadCurriculum()
        guard let quiz = curriculum.quiz(quizID) else {
            throw OperationError.unknownQuiz(quizID, known: curriculum.quizzes.map(\.id))
        }
        do {
            return (quiz, format == .moodle ? try MoodleXMLWriter.text(of: quiz) : GIFTWriter.text(of: quiz))
        } catch let error as QuestionBankError {
            throw OperationError.unexportable(error)
        }
    }
}
