import PeerXML

extension Array where Element == XMLDiagnostic {
    /// The diagnostics by line and column, those at the same place in their original order.
    var inDocumentOrder: [XMLDiagnostic] {
        enumerated().sorted { ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset) }.map(\.element)
    }
}
