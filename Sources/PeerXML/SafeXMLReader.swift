import CLibXML2
import Foundation

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
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
            if size > maxBytes {
                throw XMLDocumentError([oversize(name: name, size: size)])
            }
            data = try Data(contentsOf: url)
        } catch let error as XMLDocumentError {
            throw error
        } catch {
            throw XMLDocumentError([XMLDiagnostic(file: name, line: 0, column: 0, message: "cannot read the file: \(error.localizedDescription)")])
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
        if let root, collector.diagnostics.isEmpty {
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
            if !plain.diagnostics.isEmpty { diagnostics = plain.diagnostics }
        }
        if diagnostics.isEmpty {
            diagnostics.append(XMLDiagnostic(file: name, line: 0, column: 0, message: "the document could not be read"))
        }
        throw XMLDocumentError(diagnostics)
    }

    private func oversize(name: String, size: Int) -> XMLDiagnostic {
        XMLDiagnostic(file: name, line: 1, column: 1, message: "the file is \(size) bytes; the limit is \(maxBytes) bytes")
    }

    /// Options: network off, no DTD loading, no entity substitution (XML_PARSE_NOENT is
    /// deliberately absent), CDATA merged into text, and libxml2's own huge-input guard kept.
    private static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_NOXINCNODE.rawValue)

    private func readTree(
        _ chars: UnsafePointer<CChar>, count: Int, collector: DiagnosticCollector, schema: XMLSchema?
    ) -> XMLElement? {
        guard let reader = xmlReaderForMemory(chars, Int32(count), nil, "UTF-8", Self.options) else {
            collector.add(line: 0, column: 0, message: "the XML reader could not be created")
            return nil
        }
        var validation: xmlSchemaValidCtxtPtr?
        defer {
            // The reader unplugs itself from the validation context, so it goes first.
            xmlFreeTextReader(reader)
            if let validation { xmlSchemaFreeValidCtxt(validation) }
        }
        let box = Unmanaged.passUnretained(collector).toOpaque()
        xmlTextReaderSetStructuredErrorHandler(reader, collectStructuredError, box)

        if let schema {
            validation = xmlSchemaNewValidCtxt(schema.pointer)
            xmlSchemaSetValidStructuredErrors(validation, collectStructuredError, box)
            xmlTextReaderSchemaValidateCtxt(reader, validation, 0)
        }

        var stack: [XMLElement] = []
        var root: XMLElement?
        // Names come from the reader's dictionary, one pointer per distinct name, so each
        // becomes a string once.
        var names: [UnsafePointer<xmlChar>: String] = [:]
        func name(_ pointer: UnsafePointer<xmlChar>?) -> String {
            guard let pointer else { return "" }
            if let known = names[pointer] { return known }
            let made = String(cString: pointer)
            names[pointer] = made
            return made
        }
        func close() {
            guard var finished = stack.popLast() else { return }
            // No schema here has mixed content: white space between child elements is layout.
            if !finished.children.isEmpty, finished.text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
                finished.text = ""
            }
            if stack.isEmpty {
                root = finished
            } else {
                stack[stack.count - 1].children.append(finished)
            }
        }

        reading: while xmlTextReaderRead(reader) == 1 {
            let type = xmlTextReaderNodeType(reader)
            let line = Int(xmlTextReaderGetParserLineNumber(reader))
            let column = Int(xmlTextReaderGetParserColumnNumber(reader))
            switch type {
            case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
                let position = Self.position(of: "<!DOCTYPE", in: UnsafeBufferPointer(start: chars, count: count)) ?? (line, column)
                collector.add(line: position.line, column: position.column, message: "a DOCTYPE declaration is not allowed; remove it (DTDs and entities are never loaded)")
                break reading
            case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue), Int32(XML_READER_TYPE_ENTITY.rawValue):
                collector.add(line: line, column: column, message: "an entity reference is not allowed; only &amp; &lt; &gt; &quot; &apos; and character references may be used")
                break reading
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                let depth = Int(xmlTextReaderDepth(reader))
                if depth >= maxDepth {
                    collector.add(line: line, column: column, message: "elements are nested \(depth + 1) deep; the limit is \(maxDepth)")
                    break reading
                }
                var nodeLine = line
                if let node = xmlTextReaderCurrentNode(reader) {
                    nodeLine = Int(xmlGetLineNo(node))
                }
                var element = XMLElement(
                    name: name(xmlTextReaderConstLocalName(reader)), line: nodeLine,
                    column: nodeLine == line ? column : 1)
                let isEmpty = xmlTextReaderIsEmptyElement(reader) == 1
                while xmlTextReaderMoveToNextAttribute(reader) == 1 {
                    if xmlTextReaderIsNamespaceDecl(reader) == 1 { continue }
                    element.attributes.append((name(xmlTextReaderConstLocalName(reader)), string(xmlTextReaderConstValue(reader))))
                }
                xmlTextReaderMoveToElement(reader)
                stack.append(element)
                if isEmpty { close() }
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                close()
            case Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue), Int32(XML_READER_TYPE_WHITESPACE.rawValue):
                // Layout between child elements (see `close`) is not kept.
                if let current = stack.last, current.children.isEmpty {
                    stack[stack.count - 1].text += string(xmlTextReaderConstValue(reader))
                }
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue):
                if !stack.isEmpty {
                    stack[stack.count - 1].text += string(xmlTextReaderConstValue(reader))
                }
            default:
                continue
            }
        }
        if schema != nil, collector.diagnostics.isEmpty, xmlTextReaderIsValid(reader) != 1 {
            collector.add(line: 0, column: 0, message: "the document does not match its schema")
        }
        return collector.diagnostics.isEmpty ? root : nil
    }

    /// The 1-based line and column where `needle` first occurs.
    private static func position(of needle: String, in bytes: UnsafeBufferPointer<CChar>) -> (line: Int, column: Int)? {
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

    private func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}
