import Curriculum
import Foundation
import PeerTrackCore
import PeerXML
import Tracker
import Transcripts

/// What `curriculum check` found: the problems, the warnings and how many files it read.
package struct ContentCheck {
    package var problems: [XMLDiagnostic]
    package var warnings: [String]
    package var checked: Int
}

/// PeerTrack's published schemas.
package enum SchemaName: String, CaseIterable, Sendable {
    case lesson, quiz, program, transcript
}

extension Workspace {
    /// Validates the content folder (and its program rules), or the files named.
    package func checkContent(paths: [String]) throws -> ContentCheck {
        let urls = paths.map { URL(fileURLWithPath: $0) }
        for url in urls {
            var info = stat()
            guard stat(url.path, &info) != 0 else { continue }
            throw OperationError.missingFile(path: url.path, reason: errno == ENOENT ? "no such file" : String(cString: strerror(errno)))
        }
        let loader = ContentLoader(root: contentRoot)
        let (diagnostics, warnings) = try loader.review(paths: urls)
        var programProblems: [XMLDiagnostic] = []
        if paths.isEmpty {
            do {
                _ = try loadPrograms(fromFiles: true)
            } catch let error as XMLDocumentError {
                programProblems = error.diagnostics
            }
        }
        let checked = paths.isEmpty ? (try loader.lessonFiles().count + loader.quizFiles().count) : paths.count
        return ContentCheck(problems: diagnostics + programProblems, warnings: warnings.map(\.description), checked: checked)
    }

    /// The text of one of PeerTrack's schemas.
    package static func schemaText(_ name: SchemaName) throws -> String {
        switch name {
        case .lesson: try ContentKind.lesson.schemaText
        case .quiz: try ContentKind.quiz.schemaText
        case .program: try ProgramLoader.schemaText
        case .transcript: try TranscriptFormat.schemaText
        }
    }
}

/// How `curriculum list` reads on screen and in JSON.
package enum CurriculumFormat {
    package static func text(_ curriculum: Curriculum) -> String {
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
        return text + "\(curriculum.modules.count) modules, \(lessons) lessons, \(curriculum.quizzes.count) quizzes, \(curriculum.questionCount) questions\n"
    }

    package static func json(_ curriculum: Curriculum) -> [[String: Any]] {
        curriculum.modules.map { module in
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
        }
    }
}
