import CLibXML2

/// One-time set-up of libxml2 for this process.
enum XMLLibrary {
    private static let initialized: Bool = {
        xmlInitParser()
        // libxml2 2.9 builds the schema's built-in types (xs:date, ...) lazily and not
        // thread-safely: two threads compiling their first schema at once could see a
        // half-made table ("'{...XMLSchema}date' does not resolve"). Build it once, here.
        _ = xmlSchemaInitTypes()
        return true
    }()

    /// Initializes libxml2's global state (thread-safe, idempotent), and keeps libxml2's
    /// generic messages off standard error on the calling thread (libxml2 keeps that
    /// callback per thread, so each thread that parses calls this).
    static func initialize() {
        _ = initialized
        peertrack_silence_generic_errors()
    }
}

/// Gathers libxml2's structured errors into diagnostics for one file.
final class DiagnosticCollector {
    let file: String
    private var list = ProblemList()

    init(file: String) {
        self.file = file
    }

    /// What was found, in the order found (with the count of those left out at the end).
    var diagnostics: [XMLDiagnostic] { list.found }

    var isEmpty: Bool { list.isEmpty }

    /// The cap on one text or attribute value, when the reader has one: libxml2's own size
    /// limits (10 MB for a text node) are then reported as that cap, in PeerTrack's words.
    var textCap: Int?

    /// libxml2's words when a value passes its own size limits.
    private static let libraryLimits = ["huge text node", "AttValue length too long", "Huge input lookup", "too big"]

    func add(line: Int, column: Int, message: String) {
        var message = message
        if let textCap, Self.libraryLimits.contains(where: message.contains) {
            message = "a text or attribute value is longer than \(textCap) bytes, the limit"
        }
        let diagnostic = XMLDiagnostic(file: file, line: line, column: column, message: message)
        if list.kept.last != diagnostic {
            list.append(diagnostic)
        }
    }
}

/// libxml2's structured error callback; `context` is an unretained `DiagnosticCollector`.
/// (libxml2's generic error callbacks are variadic, which Swift cannot implement.)
let collectStructuredError: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    let collector = Unmanaged<DiagnosticCollector>.fromOpaque(context).takeUnretainedValue()
    let raw = error.pointee.message.map { String(cString: $0) } ?? "XML error \(error.pointee.code)"
    let message = raw.trimmingWhitespace()
    var line = Int(error.pointee.line)
    if line == 0, let node = error.pointee.node {
        line = Int(xmlGetLineNo(node.assumingMemoryBound(to: xmlNode.self)))
    }
    collector.add(line: line, column: Int(error.pointee.int2), message: message)
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
