import Foundation
import PeerXML

/// The kinds of content file, each with its schema.
public enum ContentKind: String, CaseIterable, Sendable {
    /// A module of lessons, in `Curriculum/`.
    case lesson
    /// A quiz, in `Quizzes/`.
    case quiz

    /// The root element a file of this kind has.
    public var rootElement: String {
        switch self {
        case .lesson: "module"
        case .quiz: "quiz"
        }
    }

    /// The schema's text, as shipped.
    public var schemaText: String {
        get throws {
            guard let url = Bundle.module.url(forResource: rawValue, withExtension: "xsd", subdirectory: "Schemas") else {
                throw CurriculumError.missingSchema(rawValue)
            }
            return try String(contentsOf: url, encoding: .utf8)
        }
    }

    /// The compiled schema.
    public func schema() throws -> XMLSchema {
        try XMLSchema(text: schemaText, name: "\(rawValue).xsd")
    }
}

/// Problems with the curriculum as a whole rather than one of its files.
public enum CurriculumError: Error, CustomStringConvertible {
    case missingSchema(String)
    case missingDirectory(String)
    /// The system refused to open the content folder (errno).
    case unreadableDirectory(String, errno: Int32)
    case invalid([XMLDiagnostic])

    public var description: String {
        switch self {
        case .missingSchema(let name):
            "the \(name) schema is missing from this build; rebuild PeerTrack"
        case .missingDirectory(let path):
            "no content at \(path): expected Curriculum/ and Quizzes/ folders there"
        case .unreadableDirectory(let path, let code):
            "cannot open the content at \(path): \(String(cString: strerror(code)))"
        case .invalid(let diagnostics):
            diagnostics.map(\.description).joined(separator: "\n")
                + "\nthe curriculum has \(diagnostics.count) problem(s)"
        }
    }
}
