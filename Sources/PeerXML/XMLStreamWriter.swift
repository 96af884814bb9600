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

    /// Starts a writer on an open file descriptor, which stays open after `finish()`.
    public init(fileDescriptor: Int32, indent: Bool = true) throws {
        XMLLibrary.initialize()
        guard let output = xmlOutputBufferCreateFd(fileDescriptor, nil),
            let writer = xmlNewTextWriter(output)
        else { throw WriteError(operation: "open") }
        self.writer = writer
        if indent {
            xmlTextWriterSetIndent(writer, 1)
            xmlTextWriterSetIndentString(writer, "  ")
        }
    }

    deinit {
        xmlFreeTextWriter(writer)
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
        try check(xmlTextWriterStartElement(writer, name), "<\(name)>")
    }

    /// Writes an attribute on the element just opened; nil writes nothing.
    public func attribute(_ name: String, _ value: String?) throws {
        guard let value else { return }
        try check(xmlTextWriterWriteAttribute(writer, name, value), "\(name)=")
    }

    /// Writes escaped text.
    public func text(_ value: String) throws {
        try check(xmlTextWriterWriteString(writer, value), "text")
    }

    /// Closes the innermost open element.
    public func end() throws {
        try check(xmlTextWriterEndElement(writer), "end element")
    }

    /// Writes `<name>value</name>`; nil writes nothing.
    public func element(_ name: String, _ value: String?) throws {
        guard let value else { return }
        try check(xmlTextWriterWriteElement(writer, name, value), "<\(name)>")
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
