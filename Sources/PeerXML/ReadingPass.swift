import CLibXML2

/// One pass of libxml2's streaming reader over a document, with PeerTrack's safety rules:
/// no DOCTYPE, no entity references, a cap on depth, on the length of any text or
/// attribute value, and on the number of elements held at once. It builds elements as it
/// goes; with `itemDepth` set, each element at that depth is handed to `onItem` when it
/// closes and then let go, so memory is bounded by one item, not by the document.
final class ReadingPass {
    typealias Limits = StreamingXMLReader.Limits

    private let reader: xmlTextReaderPtr
    private let collector: DiagnosticCollector
    private let limits: Limits
    private let itemDepth: Int?
    private var validation: xmlSchemaValidCtxtPtr?

    /// The root as it opened (attributes only), for a streaming pass.
    var onRoot: (XMLElement) -> Void = { _ in }
    /// Each complete element at `itemDepth`, with how many elements it holds, for a
    /// streaming pass.
    var onItem: (XMLElement, Int) -> Void = { _, _ in }
    /// Where a DOCTYPE declaration starts, when the reader meets one.
    var doctypePosition: () -> (line: Int, column: Int)? = { nil }

    /// Options: network off, no DTD loading, no entity substitution (XML_PARSE_NOENT is
    /// deliberately absent), CDATA merged into text, and libxml2's own huge-input guard kept
    /// (no text node over 10 MB, whatever our own cap).
    static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_NOXINCNODE.rawValue)

    /// Takes ownership of `reader`.
    init(reader: xmlTextReaderPtr, collector: DiagnosticCollector, schema: XMLSchema?, limits: Limits, itemDepth: Int?) {
        // The pass may run on a thread of its own.
        XMLLibrary.initialize()
        self.reader = reader
        self.collector = collector
        self.limits = limits
        collector.textCap = limits.maxTextBytes
        self.itemDepth = itemDepth
        let box = Unmanaged.passUnretained(collector).toOpaque()
        xmlTextReaderSetStructuredErrorHandler(reader, collectStructuredError, box)
        if let schema {
            validation = xmlSchemaNewValidCtxt(schema.pointer)
            xmlSchemaSetValidStructuredErrors(validation, collectStructuredError, box)
            xmlTextReaderSchemaValidateCtxt(reader, validation, 0)
        }
    }

    deinit {
        // The reader unplugs itself from the validation context, so it goes first.
        xmlFreeTextReader(reader)
        if let validation { xmlSchemaFreeValidCtxt(validation) }
    }

    private var stack: [XMLElement] = []
    private var root: XMLElement?
    /// Elements opened since the current item opened.
    private var itemElements = 0
    // Names come from the reader's dictionary, one pointer per distinct name, so each
    // becomes a string once.
    private var names: [UnsafePointer<xmlChar>: String] = [:]

    private func name(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        if let known = names[pointer] { return known }
        let made = String(cString: pointer)
        names[pointer] = made
        return made
    }

    private func close() {
        guard var finished = stack.popLast() else { return }
        // No schema here has mixed content: white space between child elements is layout.
        if !finished.children.isEmpty, finished.text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            finished.text = ""
        }
        if stack.isEmpty {
            if itemDepth == nil { root = finished }
        } else if stack.count == itemDepth {
            onItem(finished, itemElements)
        } else {
            stack[stack.count - 1].children.append(finished)
        }
    }

    /// Reads to the end (or the first problem that stops reading) and returns the root of
    /// a whole-tree pass, or nil if anything was wrong.
    func run() -> XMLElement? {
        var status: Int32 = 0
        reading: while true {
            status = xmlTextReaderRead(reader)
            guard status == 1 else { break }
            let type = xmlTextReaderNodeType(reader)
            switch type {
            case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
                let position = doctypePosition() ?? here()
                collector.add(line: position.line, column: position.column, message: "a DOCTYPE declaration is not allowed; remove it (DTDs and entities are never loaded)")
                break reading
            case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue), Int32(XML_READER_TYPE_ENTITY.rawValue):
                let position = here()
                collector.add(line: position.line, column: position.column, message: "an entity reference is not allowed; only &amp; &lt; &gt; &quot; &apos; and character references may be used")
                break reading
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                if !open() { break reading }
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                close()
            case Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue), Int32(XML_READER_TYPE_WHITESPACE.rawValue):
                // Layout between child elements (see `close`) is not kept.
                if let current = stack.last, current.children.isEmpty, !addText() { break reading }
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue):
                if !stack.isEmpty, !addText() { break reading }
            default:
                continue
            }
        }
        if status < 0, collector.isEmpty {
            // With a schema attached, libxml2 (2.9) may stop on a document that is not
            // well-formed without a word; the caller reads it again without the schema.
            let (line, column) = here()
            collector.add(line: line, column: column, message: "the document could not be read")
        }
        if validation != nil, collector.isEmpty, xmlTextReaderIsValid(reader) != 1 {
            collector.add(line: 0, column: 0, message: "the document does not match its schema")
        }
        return collector.isEmpty ? root : nil
    }

    private func here() -> (line: Int, column: Int) {
        (Int(xmlTextReaderGetParserLineNumber(reader)), Int(xmlTextReaderGetParserColumnNumber(reader)))
    }

    /// Opens an element; false when a limit stops the pass.
    private func open() -> Bool {
        let (line, column) = here()
        let depth = Int(xmlTextReaderDepth(reader))
        if depth >= limits.maxDepth {
            collector.add(line: line, column: column, message: "elements are nested \(depth + 1) deep; the limit is \(limits.maxDepth)")
            return false
        }
        if let itemDepth {
            if depth == itemDepth { itemElements = 0 }
            if depth >= itemDepth {
                itemElements += 1
                if itemElements > limits.maxItemElements {
                    collector.add(
                        line: line, column: column,
                        message: "this \(limits.itemName) holds more than \(limits.maxItemElements) elements; the limit is \(limits.maxItemElements)")
                    return false
                }
            }
        }
        var nodeLine = line
        if let node = xmlTextReaderCurrentNode(reader) {
            nodeLine = Int(xmlGetLineNo(node))
        }
        var element = XMLElement(name: name(xmlTextReaderConstLocalName(reader)), line: nodeLine, column: nodeLine == line ? column : 1)
        let isEmpty = xmlTextReaderIsEmptyElement(reader) == 1
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            if xmlTextReaderIsNamespaceDecl(reader) == 1 { continue }
            let value = xmlTextReaderConstValue(reader)
            if let value, Int(xmlStrlen(value)) > limits.maxTextBytes {
                tooLong("the value of attribute \(name(xmlTextReaderConstLocalName(reader)))", line: line, column: column)
                return false
            }
            element.attributes.append((name(xmlTextReaderConstLocalName(reader)), string(value)))
        }
        xmlTextReaderMoveToElement(reader)
        if stack.isEmpty, itemDepth != nil { onRoot(element) }
        stack.append(element)
        if isEmpty { close() }
        return true
    }

    /// Adds the current text node to the open element; false when it makes the text too long.
    private func addText() -> Bool {
        guard let value = xmlTextReaderConstValue(reader) else { return true }
        let length = Int(xmlStrlen(value))
        if stack[stack.count - 1].text.utf8.count + length > limits.maxTextBytes {
            let (line, column) = here()
            tooLong("the text of <\(stack[stack.count - 1].name)>", line: line, column: column)
            return false
        }
        stack[stack.count - 1].text += string(value)
        return true
    }

    private func tooLong(_ what: String, line: Int, column: Int) {
        collector.add(line: line, column: column, message: "\(what) is longer than \(limits.maxTextBytes) bytes, the limit")
    }

    private func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}
