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

    /// `FILE:LINE:COLUMN: message`, the form compilers use and editors can jump to.
    public var description: String {
        "\(file):\(max(line, 1)):\(max(column, 1)): \(message)"
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
