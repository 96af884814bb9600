import Curriculum
import Foundation
import Operations
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
            throw InvalidValue(option: "--format", value: text, expected: "a bank format: moodle or gift")
        }
        return format
    }

    func importBank(_ path: String, format: QuestionBankFormat?, quizID: String?, moduleID: String?, output: String?) throws -> Int32 {
        for (option, id) in [("--quiz", quizID), ("--module", moduleID)] {
            if let id, !ContentID.isValid(id) { throw InvalidValue(option: option, value: id, expected: "an id: lower-case letters and digits joined by '-'") }
        }
        switch try workspace.importBank(path, format: format, quizID: quizID, moduleID: moduleID, output: output) {
        case .needsModule(let quiz, let modules):
            throw UsageError("name the module quiz '\(quiz)' tests with --module ID (one of: \(modules.joined(separator: ", ")))")
        case .quizIDTaken(let file, let quiz):
            console.writeError("\(file): the quiz id '\(quiz)' is taken by a quiz of the content; give --quiz a new id, or -o that quiz's file to replace it\n")
            return 1
        case .wouldNotPass(let problems):
            console.writeError(problems.map { "\($0)\n" }.joined() + "the imported quiz would not pass `peertrack curriculum check`; nothing was written\n")
            return 1
        case .failed(let lines):
            console.writeError(lines.map { "\($0)\n" }.joined())
            return 1
        case .made(let text, let bank):
            console.writeError((bank.skipped.map(\.description) + bank.notes.map { "\($0.description) (note)" }).map { $0 + "\n" }.joined())
            if let output {
                console.write(bank.summary + " Wrote \(output).\n")
            } else {
                console.write(text)
                console.writeError(bank.summary + "\n")
            }
            return 0
        }
    }

    func exportBank(_ quizID: String, format: QuestionBankFormat, output: String?) throws -> Int32 {
        let (quiz, text) = try workspace.exportBank(quizID, format: format)
        guard let output else {
            console.write(text)
            return 0
        }
        try writeDocument(Array(text.utf8), to: output, isText: true, what: "a question bank", mode: 0o644)
        console.write("Wrote quiz '\(quiz.id)' (\(quiz.questions.count) questions) to \(output) as \(format.title).\n")
        return 0
    }
}
