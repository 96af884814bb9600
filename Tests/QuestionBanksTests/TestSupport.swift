import Curriculum
import Foundation
import QuestionBanks
import Testing

/// The repository root, for the shipped curriculum (this file is three levels down).
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

enum Fixture {
    static let folder = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    static func text(_ name: String) throws -> String {
        String(decoding: try bytes(name), as: UTF8.self)
    }

    /// The 1-based line of the first line of fixture `name` that contains `needle`.
    static func line(of needle: String, in name: String) throws -> Int {
        let lines = try text(name).split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.firstIndex { $0.contains(needle) } ?? -1) + 1
    }

    /// A fixture imported as a quiz testing module `sample`.
    static func bank(_ name: String, format: QuestionBankFormat? = nil, quizID: String? = nil) throws -> BankImport {
        try QuestionBankImporter.importBank(bytes(name), file: name, format: format, options: BankImportOptions(quizID: quizID, moduleID: "sample"))
    }

    /// The diagnostics an import throws.
    static func problems(_ bytes: [UInt8], file: String, format: QuestionBankFormat? = nil) -> [BankDiagnostic] {
        do {
            _ = try QuestionBankImporter.importBank(bytes, file: file, format: format, options: BankImportOptions(moduleID: "sample"))
        } catch QuestionBankError.invalid(let diagnostics) {
            return diagnostics
        } catch {
            Issue.record("unexpected error \(error)")
        }
        return []
    }
}

extension Quiz {
    /// The question with this prompt start.
    func question(startingWith prefix: String) -> Question? {
        questions.first { $0.prompt.hasPrefix(prefix) }
    }
}

/// Text with runs of white space folded, for comparing prompts and explanations.
func folded(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
}

/// A question with its prompt and explanation folded, for round-trip comparison.
func comparable(_ question: Question) -> Question {
    var copy = question
    copy.prompt = folded(question.prompt)
    copy.explanation = folded(question.explanation)
    return copy
}
