import CLibXML2
import Foundation

/// Writes XML in one pass through libxml2's streaming writer, straight to a file
/// descriptor, so memory does not grow with the size of the document.
public final class XMLStreamWriter {
    /// A write that libxml2 refused (the disk is full, the descriptor closed, ...).
    public struct WriteError: Error, CustomStringConvertible {
        /// What was being written.
        public var operation: String
        public var description: String { "could not write XML (\(operation))" }
    }

    private let writer: xmlTextWriterPtr
    private let buffer: xmlBufferPtr?

    /// Starts a writer on an open file descriptor, which stays open after `finish()`.
    public init(fileDescriptor: Int32, indent: Bool = true) throws {
        XMLLibrary.initialize()
        guard let output = xmlOutputBufferCreateFd(fileDescriptor, nil),
            let writer = xmlNewTextWriter(output)
        else { throw WriteError(operation: "open") }
        self.writer = writer
        self.buffer = nil
        XMLStreamWriter.configure(writer, indent: indent)
    }

    /// Starts a writer into memory, whose output `takeBytes()` hands over piece by piece:
    /// for writing parts of one document on several threads.
    public init(indent: Bool = true) throws {
        XMLLibrary.initialize()
        guard let buffer = xmlBufferCreate() else { throw WriteError(operation: "open") }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw WriteError(operation: "open")
        }
        self.writer = writer
        self.buffer = buffer
        XMLStreamWriter.configure(writer, indent: indent)
    }

    private static func configure(_ writer: xmlTextWriterPtr, indent: Bool) {
        if indent {
            xmlTextWriterSetIndent(writer, 1)
            xmlTextWriterSetIndentString(writer, "  ")
        }
    }

    deinit {
        xmlFreeTextWriter(writer)
        if let buffer { xmlBufferFree(buffer) }
    }

    /// Hands over what a memory writer has written since the last call.
    public func takeBytes() throws -> [UInt8] {
        guard let buffer else { throw WriteError(operation: "take bytes from a file writer") }
        try check(xmlTextWriterFlush(writer), "flush")
        let count = Int(xmlBufferLength(buffer))
        let bytes = count == 0 ? [] : Array(UnsafeBufferPointer(start: xmlBufferContent(buffer), count: count))
        xmlBufferEmpty(buffer)
        return bytes
    }

    /// Pushes everything written so far out to the file descriptor.
    public func flush() throws {
        try check(xmlTextWriterFlush(writer), "flush")
    }

    private func check(_ result: Int32, _ operation: String) throws {
        if result < 0 { throw WriteError(operation: operation) }
    }

    /// Writes the XML declaration (version 1.0, UTF-8).
    public func startDocument() throws {
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "declaration")
    }

    /// Opens an element.
    public func start(_ name: String) throws {
        try check(XMLStreamWriter.bytes(name) { xmlTextWriterStartElement(writer, $0) }, "<\(name)>")
    }

    /// Writes an attribute on the element just opened; nil writes nothing.
    public func attribute(_ name: String, _ value: String?) throws {
        guard let value else { return }
        try check(XMLStreamWriter.bytes(name) { xmlTextWriterStartAttribute(writer, $0) }, "\(name)=")
        try write(value, plain: XMLStreamWriter.isPlainAttribute)
        try check(xmlTextWriterEndAttribute(writer), "\(name)=")
    }

    /// Writes escaped text.
    public func text(_ value: String) throws {
        try write(value, plain: XMLStreamWriter.isPlainText)
    }

    /// Text with nothing to escape goes out as it is (libxml2's own escaping allocates a
    /// copy of every string, and then writes it exactly this way); anything else through
    /// libxml2's escaping.
    private func write(_ value: String, plain: (UInt8) -> Bool) throws {
        let result = XMLStreamWriter.bytes(value) { bytes in
            value.utf8.allSatisfy(plain) ? xmlTextWriterWriteRaw(writer, bytes) : xmlTextWriterWriteString(writer, bytes)
        }
        try check(result, "text")
    }

    private static func isPlainText(_ byte: UInt8) -> Bool {
        byte != UInt8(ascii: "<") && byte != UInt8(ascii: ">") && byte != UInt8(ascii: "&") && byte != UInt8(ascii: "\"")
            && byte != UInt8(ascii: "\r")
    }

    private static func isPlainAttribute(_ byte: UInt8) -> Bool {
        isPlainText(byte) && byte != UInt8(ascii: "\n") && byte != UInt8(ascii: "\t")
    }

    /// Calls `body` with the string's NUL-terminated UTF-8 bytes, without copying a native
    /// string (the implicit String-to-pointer conversion copies every time).
    private static func bytes(_ text: String, _ body: (UnsafePointer<xmlChar>) -> Int32) -> Int32 {
        text.withCString { body(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
    }

    /// Closes the innermost open element.
    public func end() throws {
        try check(xmlTextWriterEndElement(writer), "end element")
    }

    /// Writes `<name>value</name>`; nil writes nothing.
    public func element(_ name: String, _ value: String?) throws {
        guard let value else { return }
        try start(name)
        try text(value)
        try end()
    }

    /// Writes a comment.
    public func comment(_ value: String) throws {
        try check(xmlTextWriterWriteComment(writer, value), "comment")
    }

    /// Closes every open element and flushes everything to the descriptor.
    public func finish() throws {
        try check(xmlTextWriterEndDocument(writer), "end document")
        try check(xmlTextWriterFlush(writer), "flush")
    }
}
