import Curriculum
import Foundation
import PeerTrackCore
import PeerXML
import QuestionBanks

extension CLI {
    /// Question banks in the formats trainers use: `curriculum import` and `curriculum export`.
    static let bankCommands: [Command] = [
        Command(
            path: ["curriculum", "import"], synopsis: "FILE [--format moodle|gift] [--quiz ID] [--module ID] [-o FILE]",
            summary: "Turn a Moodle XML or GIFT question bank into a PeerTrack quiz file that passes `curriculum check`.",
            details: """
                The format is told from the content unless --format names it. The quiz id is --quiz, else
                the bank's category id or name; --module names the module it tests (needed unless a
                module of the content already names the quiz or the quiz id is MODULE-quiz). Without -o
                the quiz file goes to standard output; with -o it is written to FILE (and checked there).
                Questions PeerTrack cannot ask (essays, cloze, calculated, drag and drop, random) are
                left out, each reported as FILE:LINE on standard error with the reason. An invalid weight
                (not one of Moodle's grades) or a broken question is an error at its line: exit 1,
                nothing written.
                """,
            options: ["--format", "--quiz", "--module", "-o", "--output"],
            run: { cli, arguments in
                try cli.importBank(
                    try arguments.positionals("FILE")[0], format: try cli.bankFormat(arguments["--format"]), quizID: arguments["--quiz"],
                    moduleID: arguments["--module"], output: try cli.outputOption(arguments))
            }),
        Command(
            path: ["curriculum", "export"], synopsis: "QUIZ --format moodle|gift [-o FILE]",
            summary: "Write a quiz as a Moodle XML or GIFT question bank that Moodle imports.",
            details: """
                Each question keeps its id (as its name), answers, weights and feedback; the explanation
                and the source go in the general feedback, rules and values of the Code of Ethics in
                tags, topics in categories. Importing the file again gives the same questions.
                Without -o the bank goes to standard output.
                """,
            options: ["--format", "-o", "--output"],
            run: { cli, arguments in
                guard let format = try cli.bankFormat(arguments["--format"]) else { throw UsageError("missing --format (moodle or gift)") }
                return try cli.exportBank(try arguments.positionals("QUIZ")[0], format: format, output: try cli.outputOption(arguments))
            }),
    ]

    func bankFormat(_ text: String?) throws -> QuestionBankFormat? {
        guard let text else { return nil }
        guard let format = QuestionBankFormat(rawValue: text) else {
            throw UsageError("--format '\(text)' is not a bank format; expected moodle or gift")
        }
        return format
    }

    func importBank(_ path: String, format: QuestionBankFormat?, quizID: String?, moduleID: String?, output: String?) throws -> Int32 {
        for (option, id) in [("--quiz", quizID), ("--module", moduleID)] {
            if let id, !CLI.isID(id) { throw UsageError("\(option) '\(id)' is not an id: use lower-case letters and digits joined by '-'") }
        }
        let curriculum = try? loadCurriculum()
        let bank: BankImport
        do {
            bank = try QuestionBankImporter.importFile(
                path, format: format,
                options: BankImportOptions(quizID: quizID, moduleID: moduleID ?? "", existingQuizzes: curriculum?.quizzes ?? []))
        } catch let error as QuestionBankError {
            console.writeError("\(error)\n")
            return 1
        }
        return try finishImport(bank, moduleID: moduleID, curriculum: curriculum, output: output)
    }

    private func finishImport(_ bank: BankImport, moduleID: String?, curriculum: Curriculum?, output: String?) throws -> Int32 {
        var quiz = bank.quiz
        let modules = curriculum?.modules ?? []
        guard let module = moduleID
            ?? modules.first(where: { $0.quizID == quiz.id })?.id
            ?? modules.first(where: { "\($0.id)-quiz" == quiz.id })?.id
        else {
            throw UsageError(
                "name the module quiz '\(quiz.id)' tests with --module ID (one of: \(modules.map(\.id).joined(separator: ", ")))")
        }
        quiz.moduleID = module
        let loader = ContentLoader(root: contentRoot)
        if curriculum?.quiz(quiz.id) != nil {
            let target = output.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
            let files = ((try? loader.quizFiles()) ?? []).map(\.standardizedFileURL.path)
            if target == nil || !files.contains(target ?? "") {
                console.writeError(
                    "\(bank.file): the quiz id '\(quiz.id)' is taken by a quiz of the content; give --quiz a new id, or -o that quiz's file to replace it\n")
                return 1
            }
        }
        let text: String
        do {
            text = try QuizFileWriter.text(of: quiz)
        } catch let error as QuestionBankError {
            // At the bank's line of the question that holds the text, when it is known.
            if case .unwritable(_, let reason, let question?) = error, let line = bank.questionLines[question] {
                console.writeError("\(bank.file):\(line): question '\(question)' \(reason); nothing was imported\n")
            } else {
                console.writeError("\(bank.file):1: \(error)\n")
            }
            return 1
        }
        let problems = try checkQuizFile(text, of: bank, quizID: quiz.id, output: output, loader: loader)
        guard problems.isEmpty else {
            console.writeError(problems.map { "\($0)\n" }.joined() + "the imported quiz would not pass `peertrack curriculum check`; nothing was written\n")
            return 1
        }
        console.writeError((bank.skipped.map(\.description) + bank.notes.map { "\($0.description) (note)" }).map { $0 + "\n" }.joined())
        if let output {
            console.write(bank.summary + " Wrote \(output).\n")
        } else {
            console.write(text)
            console.writeError(bank.summary + "\n")
        }
        return 0
    }

    /// Checks the quiz file as `curriculum check FILE` would, against the content folder.
    /// With an output file, the file is written there for the check and put back as it was
    /// if there is any problem; without one, it is checked in a temporary folder. Each
    /// problem is placed at the bank's line of the question it is in.
    private func checkQuizFile(
        _ text: String, of bank: BankImport, quizID: String, output: String?, loader: ContentLoader
    ) throws -> [BankDiagnostic] {
        if let output {
            let url = URL(fileURLWithPath: output)
            let before = FileManager.default.contents(atPath: url.path)
            try writeDocument(Array(text.utf8), to: output, isText: true, what: "a quiz file", mode: 0o644)
            let problems = (try? loader.review(paths: [url]).problems) ?? []
            if !problems.isEmpty {
                if let before {
                    try writeDocument([UInt8](before), to: output, isText: true, what: "a quiz file", mode: 0o644)
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

    func exportBank(_ quizID: String, format: QuestionBankFormat, output: String?) throws -> Int32 {
        let curriculum = try loadCurriculum()
        guard let quiz = curriculum.quiz(quizID) else {
            console.writeError("peertrack: error: no quiz '\(quizID)'; expected one of: \(curriculum.quizzes.map(\.id).joined(separator: ", "))\n")
            return 1
        }
        let text: String
        do {
            text = format == .moodle ? try MoodleXMLWriter.text(of: quiz) : GIFTWriter.text(of: quiz)
        } catch let error as QuestionBankError {
            console.writeError("peertrack: error: \(error)\n")
            return 1
        }
        guard let output else {
            console.write(text)
            return 0
        }
        try writeDocument(Array(text.utf8), to: output, isText: true, what: "a question bank", mode: 0o644)
        console.write("Wrote quiz '\(quiz.id)' (\(quiz.questions.count) questions) to \(output) as \(format.title).\n")
        return 0
    }

    /// Lower-case letters and digits in runs joined by `-`, at most 64 characters.
    static func isID(_ text: String) -> Bool {
        text.count <= 64 && !text.isEmpty
            && text.split(separator: "-", omittingEmptySubsequences: false).allSatisfy { part in
                !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
            }
    }
}
