import PeerTrackCore

/// One problem found in an XML file, located by line and column so an author can fix it.
public struct XMLDiagnostic: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file (or name given to in-memory data) the problem is in.
    public var file: String
    /// The 1-based line; 0 when unknown.
    public var line: Int
    /// The 1-based column; 0 when unknown.
    public var column: Int
    /// What is wrong and, where possible, what is expected.
    public var message: String

    /// Makes a diagnostic.
    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `FILE:LINE:COLUMN: message`, the form compilers use and editors can jump to, with
    /// any control character (in a value libxml2 quotes, in a file name) shown as an escape.
    public var description: String {
        "\(SafeText.visible(file)):\(max(line, 1)):\(max(column, 1)): \(SafeText.visible(message))"
    }
}

/// The diagnostics of a document that could not be read or did not validate.
public struct XMLDocumentError: Error, Sendable, CustomStringConvertible {
    /// Every problem found, in document order.
    public var diagnostics: [XMLDiagnostic]

    /// Wraps the diagnostics.
    public init(_ diagnostics: [XMLDiagnostic]) {
        self.diagnostics = diagnostics
    }

    /// One diagnostic per line.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}

/// The problems found in one file, kept up to a number: a file that is wrong throughout
/// (a million records, each in conflict) would otherwise hold, and print, a line for each.
/// Past the limit they are only counted, and the list ends with a line saying how many more
/// there were.
public struct ProblemList: Sendable {
    /// How many are kept unless told otherwise.
    public static let defaultLimit = 1_000

    /// How many are kept.
    public let limit: Int
    /// Those kept, in the order found.
    public private(set) var kept: [XMLDiagnostic] = []
    /// How many more were found and not kept.
    public private(set) var more = 0

    /// An empty list.
    public init(limit: Int = ProblemList.defaultLimit) {
        self.limit = limit
    }

    /// Whether nothing was found.
    public var isEmpty: Bool { kept.isEmpty }

    /// Adds one.
    public mutating func append(_ diagnostic: XMLDiagnostic) {
        if kept.count < limit { kept.append(diagnostic) } else { more += 1 }
    }

    /// Adds several.
    public static func += (list: inout ProblemList, diagnostics: [XMLDiagnostic]) {
        for diagnostic in diagnostics { list.append(diagnostic) }
    }

    /// Those kept, in the order found, then, if some were left out, a line saying how
    /// many, at the place of the last one kept.
    public var found: [XMLDiagnostic] {
        withCount(kept)
    }

    /// Those kept by line and column (those at the same place in the order found), then
    /// the line saying how many were left out, if any.
    public var inDocumentOrder: [XMLDiagnostic] {
        withCount(kept.enumerated()
            .sorted { ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset) }.map(\.element))
    }

    private func withCount(_ diagnostics: [XMLDiagnostic]) -> [XMLDiagnostic] {
        guard more > 0, let last = diagnostics.last else { return diagnostics }
        return diagnostics + [XMLDiagnostic(
            file: last.file, line: last.line, column: last.column,
            message: "\(more) more problem(s) were found and are not shown; fix these and check the file again")]
    }
}
