import Curriculum
import Foundation
import PeerXML
import Tracker
import Transcripts

extension CLI {
    static let curriculumCommands: [Command] = [
        Command(
            path: ["curriculum", "list"], synopsis: "[--json]",
            summary: "List modules, their lessons and quizzes, question counts and CE hours.",
            flags: ["--json"], run: { cli, arguments in try cli.curriculumList(json: arguments.has("--json")) }),
        Command(
            path: ["curriculum", "check"], synopsis: "[PATH ...]",
            summary: "Validate the content folder (or the given files); one FILE:LINE:COLUMN: message per problem.",
            details: "Exit 0 when clean, 1 when any problem is found. Every file is read with DTDs and entities\nrefused, validated against its schema, then cross-checked (unique ids, links between\nmodules and quizzes, exactly one correct choice, one question per topic of a spread draw, ...).\nWarnings (exit 0): a correct choice over 1.5 times as long as every other, wrong choices\nwithout feedback.",
            run: { cli, arguments in try cli.curriculumCheck(paths: arguments.positionals) }),
        Command(
            path: ["schema"], synopsis: "lesson|quiz|program|transcript",
            summary: "Print an XML Schema (XSD) of PeerTrack's files.",
            run: { cli, arguments in try cli.printSchema(try arguments.positionals("a schema name (lesson, quiz, program or transcript)")[0]) }),
    ]

    func curriculumList(json: Bool) throws -> Int32 {
        let curriculum = try loadCurriculum()
        if json {
            try writeJSON(curriculum.modules.map { module -> [String: Any] in
                var entry: [String: Any] = [
                    "id": module.id, "order": module.order, "title": module.title, "summary": module.summary,
                    "lessons": module.lessons.map { ["id": $0.id, "title": $0.title] },
                ]
                if let quiz = curriculum.quiz(for: module) {
                    var quizEntry: [String: Any] = [
                        "id": quiz.id, "title": quiz.title, "questions": quiz.questions.count,
                        "asked": quiz.questionsPerAttempt, "passMark": quiz.passMark, "version": quiz.version,
                    ]
                    if let hours = quiz.ceHours, let category = quiz.ceCategory {
                        quizEntry["ceHours"] = hours.description
                        quizEntry["ceCategory"] = category
                    }
                    entry["quiz"] = quizEntry
                }
                return entry
            })
            return 0
        }
        var text = ""
        for module in curriculum.modules {
            text += "\(module.order). \(module.title)  [\(module.id)]\n"
            for (index, lesson) in module.lessons.enumerated() {
                text += "     \(index + 1)) \(lesson.title)  [\(lesson.id)]\n"
            }
            if let quiz = curriculum.quiz(for: module) {
                var line = "     Quiz: \(quiz.title)  [\(quiz.id)] \(quiz.questionsPerAttempt) of \(quiz.questions.count) questions, pass \(quiz.passMark)%"
                if let hours = quiz.ceHours, let category = quiz.ceCategory {
                    line += ", \(hours) CE hour(s) \(category)"
                }
                text += line + "\n"
            }
            text += "\n"
        }
        let lessons = curriculum.modules.reduce(0) { $0 + $1.lessons.count }
        text += "\(curriculum.modules.count) modules, \(lessons) lessons, \(curriculum.quizzes.count) quizzes, \(curriculum.questionCount) questions\n"
        console.write(text)
        return 0
    }

    func curriculumCheck(paths: [String]) throws -> Int32 {
        let urls = paths.map { URL(fileURLWithPath: $0) }
        for url in urls {
            var info = stat()
            guard stat(url.path, &info) != 0 else { continue }
            console.writeError("\(url.path): \(errno == ENOENT ? "no such file" : String(cString: strerror(errno)))\n")
            return 1
        }
        let loader = ContentLoader(root: contentRoot)
        let (diagnostics, warnings) = try loader.review(paths: urls)
        var programProblems: [XMLDiagnostic] = []
        if paths.isEmpty {
            do {
                _ = try loadPrograms()
            } catch let error as XMLDocumentError {
                programProblems = error.diagnostics
            }
        }
        let all = diagnostics + programProblems
        // Warnings go with the other remarks to standard error, so that standard output lists
        // the problems alone.
        console.writeError(warnings.map { "\($0)\n" }.joined())
        if all.isEmpty {
            let checked = paths.isEmpty ? (try loader.lessonFiles().count + loader.quizFiles().count) : paths.count
            let noted = warnings.isEmpty ? "" : " (\(warnings.count) warning(s))"
            console.write("\(checked) file(s) checked: no problems\(noted)\n")
            return 0
        }
        console.write(all.map { "\($0)\n" }.joined())
        console.writeError("\(all.count) problem(s) found\n")
        return 1
    }

    func printSchema(_ name: String) throws -> Int32 {
        switch name {
        case "lesson": console.write(try ContentKind.lesson.schemaText)
        case "quiz": console.write(try ContentKind.quiz.schemaText)
        case "program": console.write(try ProgramLoader.schemaText)
        case "transcript": console.write(try TranscriptFormat.schemaText)
        default: throw UsageError("unknown schema '\(name)'; expected lesson, quiz, program or transcript")
        }
        return 0
    }
}
