import Curriculum
import Foundation
import Operations
import PeerXML
import Tracker
import Transcripts

extension CLI {
    static let curriculumCommands: [Command] = [
        Command(
            path: ["curriculum", "list"], synopsis: "[--json]",
            summary: "List modules, their lessons and quizzes, question counts and CE hours.",
            flags: ["--json"],
            run: { cli, arguments in
                let curriculum = try cli.workspace.loadCurriculum()
                return cli.render(try arguments.outputForm(), text: { CurriculumFormat.text(curriculum) }, json: { CurriculumFormat.json(curriculum) })
            }),
        Command(
            path: ["curriculum", "check"], synopsis: "[PATH ...]",
            summary: "Validate the content folder (or the given files); one FILE:LINE:COLUMN: message per problem.",
            details: "Exit 0 when clean, 1 when any problem is found. Every file is read with DTDs and entities\nrefused, validated against its schema, then cross-checked (unique ids, links between\nmodules and quizzes, exactly one correct choice, one question per topic of a spread draw, ...).\nWarnings (exit 0): a correct choice over 1.5 times as long as every other, wrong choices\nwithout feedback.",
            run: { cli, arguments in try cli.curriculumCheck(paths: arguments.positionals) }),
        Command(
            path: ["schema"], synopsis: "lesson|quiz|program|transcript",
            summary: "Print an XML Schema (XSD) of PeerTrack's files.",
            run: { cli, arguments in
                let name = try arguments.positionals("a schema name (lesson, quiz, program or transcript)")[0]
                guard let schema = SchemaName(rawValue: name) else {
                    throw UsageError("unknown schema '\(name)'; expected lesson, quiz, program or transcript")
                }
                cli.console.write(try Workspace.schemaText(schema))
                return 0
            }),
    ]

    func curriculumCheck(paths: [String]) throws -> Int32 {
        let check = try workspace.checkContent(paths: paths)
        // Warnings go with the other remarks to standard error, so that standard output lists
        // the problems alone.
        console.writeError(check.warnings.map { "\($0)\n" }.joined())
        guard !check.problems.isEmpty else {
            let noted = check.warnings.isEmpty ? "" : " (\(check.warnings.count) warning(s))"
            console.write("\(check.checked) file(s) checked: no problems\(noted)\n")
            return 0
        }
        console.write(check.problems.map { "\($0)\n" }.joined())
        console.writeError("\(check.problems.count) problem(s) found\n")
        return 1
    }
}
