import CLibXML2
import Foundation
import PeerTrackCore

/// Reads untrusted XML with libxml2's streaming reader, safely: no network, no DTD loading,
/// no entity substitution, no DOCTYPE or entity references at all, and caps on size and
/// depth. Optionally validates against a schema while reading.
public struct SafeXMLReader: Sendable {
    /// The largest document accepted, in bytes.
    public var maxBytes: Int
    /// The deepest element nesting accepted.
    public var maxDepth: Int

    /// Makes a reader with the given limits.
    public init(maxBytes: Int = 1 << 20, maxDepth: Int = 32) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
    }

    /// Reads and parses a file. Throws `XMLDocumentError` with every problem found.
    public func read(contentsOf url: URL, schema: XMLSchema? = nil, displayName: String? = nil) throws -> XMLElement {
        let name = displayName ?? url.path
        let data: Data
        do {
            data = Data(try UserFile.contents(of: url.path, limit: maxBytes))
        } catch {
            if case .tooLarge(let size, _) = error.problem { throw XMLDocumentError([oversize(name: name, size: size)]) }
            throw XMLDocumentError([XMLDiagnostic(file: name, line: 0, column: 0, message: "the file \(error.reason)")])
        }
        return try parse(data, name: name, schema: schema)
    }

    /// Parses a document held in memory; `name` appears in diagnostics.
    public func parse(_ data: Data, name: String, schema: XMLSchema? = nil) throws -> XMLElement {
        XMLLibrary.initialize()
        if data.count > maxBytes {
            throw XMLDocumentError([oversize(name: name, size: data.count)])
        }
        if data.isEmpty {
            throw XMLDocumentError([XMLDiagnostic(file: name, line: 1, column: 1, message: "the file is empty; expected an XML document")])
        }
        let collector = DiagnosticCollector(file: name)
        let root: XMLElement? = data.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress else { return nil }
            return readTree(base.assumingMemoryBound(to: CChar.self), count: bytes.count, collector: collector, schema: schema)
        }
        if let root, collector.isEmpty {
            return root
        }
        var diagnostics = collector.diagnostics
        if schema != nil {
            // With a schema attached, libxml2 2.9 reports a document that is not well-formed
            // only as invalid; read it again without the schema for the parser's own words.
            let plain = DiagnosticCollector(file: name)
            _ = data.withUnsafeBytes { bytes in
                bytes.baseAddress.flatMap { readTree($0.assumingMemoryBound(to: CChar.self), count: bytes.count, collector: plain, schema: nil) }
            }
            if !plain.isEmpty { diagnostics = plain.diagnostics }
        }
        if diagnostics.isEmpty {
            diagnostics.append(XMLDiagnostic(file: name, line: 0, column: 0, message: "the document could not be read"))
        }
        throw XMLDocumentError(diagnostics)
    }

    private func oversize(name: String, size: Int) -> XMLDiagnostic {
        XMLDiagnostic(file: name, line: 1, column: 1, message: "the file is \(size) bytes; the limit is \(maxBytes) bytes")
    }

    private func readTree(
        _ chars: UnsafePointer<CChar>, count: Int, collector: DiagnosticCollector, schema: XMLSchema?
    ) -> XMLElement? {
        guard let reader = xmlReaderForMemory(chars, Int32(count), nil, "UTF-8", ReadingPass.options) else {
            collector.add(line: 0, column: 0, message: "the XML reader could not be created")
            return nil
        }
        let limits = ReadingPass.Limits(maxDepth: maxDepth, maxTextBytes: maxBytes, maxItemElements: .max, itemName: "document")
        let pass = ReadingPass(reader: reader, collector: collector, schema: schema, limits: limits, itemDepth: nil)
        pass.doctypePosition = { Self.position(of: "<!DOCTYPE", in: UnsafeBufferPointer(start: chars, count: count)) }
        return pass.run()
    }

    /// The 1-based line and column where `needle` first occurs.
    static func position(of needle: String, in bytes: UnsafeBufferPointer<CChar>) -> (line: Int, column: Int)? {
        let pattern = needle.utf8.map { CChar(bitPattern: $0) }
        guard bytes.count >= pattern.count else { return nil }
        var line = 1
        var column = 1
        for index in 0...(bytes.count - pattern.count) {
            if bytes[index] == pattern[0], Array(bytes[index..<(index + pattern.count)]) == pattern {
                return (line, column)
            }
            if bytes[index] == 10 {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return nil
    }
}
