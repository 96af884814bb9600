import CLibXML2
import Foundation
import PeerXML
import Testing

struct SafeXMLReaderTests {
    let reader = SafeXMLReader(maxBytes: 4096, maxDepth: 4)

    private func parse(_ text: String, schema: XMLSchema? = nil) throws -> XMLElement {
        try reader.parse(Data(text.utf8), name: "doc.xml", schema: schema)
    }

    private func diagnostics(_ text: String, schema: XMLSchema? = nil) -> [XMLDiagnostic] {
        do {
            _ = try parse(text, schema: schema)
            return []
        } catch let error as XMLDocumentError {
            return error.diagnostics
        } catch {
            return [XMLDiagnostic(file: "?", line: 0, column: 0, message: "\(error)")]
        }
    }

    @Test func readsElementsAttributesTextAndLines() throws {
        let root = try parse("<?xml version=\"1.0\"?>\n<a x=\"1\">\n  <b>one &amp; two</b>\n  <b><![CDATA[<raw>]]></b>\n  <c/>\n</a>\n")
        #expect(root.name == "a")
        #expect(root[attribute: "x"] == "1")
        #expect(root.children("b").map(\.text) == ["one & two", "<raw>"])
        #expect(root.child("b")?.line == 3)
        #expect(root.child("c")?.line == 5)
    }

    @Test func characterReferencesAreAllowed() throws {
        #expect(try parse("<a>caf&#233;</a>").text == "café")
    }

    @Test func undeclaredEntityIsAnError() {
        let found = diagnostics("<a>&nope;</a>")
        #expect(!found.isEmpty)
        #expect(found[0].line == 1)
    }

    @Test func internalEntitiesAreNeverExpanded() {
        let found = diagnostics("<!DOCTYPE a [<!ENTITY e \"expanded\">]>\n<a>&e;</a>")
        #expect(found.count == 1)
        #expect(found[0].message.contains("DOCTYPE"))
        #expect(found[0].line == 1)
    }

    @Test func depthIsCapped() {
        #expect(diagnostics("<a><b><c><d></d></c></b></a>").isEmpty)
        let found = diagnostics("<a><b><c><d><e/></d></c></b></a>")
        #expect(found.first?.message.contains("nested 5 deep; the limit is 4") == true)
    }

    @Test func sizeIsCapped() {
        let found = diagnostics("<a>" + String(repeating: "x", count: 5000) + "</a>")
        #expect(found.first?.message.contains("the limit is 4096 bytes") == true)
    }

    @Test func emptyInputIsExplained() {
        #expect(diagnostics("").first?.message.contains("empty") == true)
    }

    @Test func schemaErrorsCarryTheirLine() throws {
        let schema = try XMLSchema(
            text: """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
                  <xs:element name="a"><xs:complexType><xs:sequence>
                    <xs:element name="b" type="xs:integer" maxOccurs="unbounded"/>
                  </xs:sequence></xs:complexType></xs:element>
                </xs:schema>
                """, name: "test.xsd")
        #expect(diagnostics("<a>\n<b>1</b>\n<b>two</b>\n</a>", schema: schema).map(\.line) == [3])
        #expect(diagnostics("<a><b>1</b></a>", schema: schema).isEmpty)
    }

    @Test func aBrokenSchemaIsReported() {
        #expect(throws: XMLDocumentError.self) { try XMLSchema(text: "<xs:schema xmlns:xs=\"nope\"/>", name: "bad.xsd") }
    }
}

struct XMLStreamWriterTests {
    @Test func writesEscapedWellFormedXMLThatReadsBack() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("writer-\(UUID().uuidString).xml")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        do {
            var writer = XMLStreamWriter(fileDescriptor: handle.fileDescriptor)
            try writer.startDocument()
            try writer.start("root")
            try writer.attribute("note", "a \"quoted\" <value> & more")
            try writer.element("item", "1 < 2 & 3 > 2")
            try writer.element("skipped", nil)
            try writer.start("nested")
            try writer.text("ünïcode")
            try writer.end()
            try writer.finish()
        }
        try handle.close()
        let root = try SafeXMLReader().read(contentsOf: url)
        #expect(root[attribute: "note"] == "a \"quoted\" <value> & more")
        #expect(root.child("item")?.text == "1 < 2 & 3 > 2")
        #expect(root.child("skipped") == nil)
        #expect(root.child("nested")?.text == "ünïcode")
    }

    @Test func refusesCharactersXMLCannotCarryAndWritesNothingOfThem() throws {
        var writer = XMLStreamWriter(indent: true)
        try writer.start("root")
        for bad in ["bell\u{7}", "nul\u{0}", "not a character \u{FFFE}"] {
            #expect(throws: XMLStreamWriter.UnrepresentableText.self) { try writer.attribute("a", bad) }
            #expect(throws: XMLStreamWriter.UnrepresentableText.self) { try writer.element("e", bad) }
            #expect(throws: XMLStreamWriter.UnrepresentableText.self) { try writer.text(bad) }
        }
        let invalidUTF8: [UInt8] = [0x61, 0xC3, 0x28]
        #expect(throws: XMLStreamWriter.UnrepresentableText.self) {
            try invalidUTF8.withUnsafeBytes { try writer.element("e", bytes: $0) }
        }
        try writer.element("fine", "ok")
        try writer.finish()
        #expect(String(decoding: try writer.takeBytes(), as: UTF8.self) == "<root>\n  <fine>ok</fine>\n</root>\n")
    }

    @Test func writesTheBytesLibxml2sTextWriterWrites() throws {
        // The same document through libxml2's own writer (which PeerTrack wrote transcripts
        // with before), to show that the layout and escaping did not change.
        guard let buffer = xmlBufferCreate(), let reference = xmlNewTextWriterMemory(buffer, 0) else {
            Issue.record("libxml2 could not make a writer")
            return
        }
        defer { xmlBufferFree(buffer) }
        xmlTextWriterSetIndent(reference, 1)
        xmlTextWriterSetIndentString(reference, "  ")
        xmlTextWriterStartDocument(reference, "1.0", "UTF-8", nil)
        xmlTextWriterStartElement(reference, "Transcript")
        xmlTextWriterWriteAttribute(reference, "note", "tab\tline\nquote\" amp& <lt> cr\r")
        xmlTextWriterStartElement(reference, "Empty")
        xmlTextWriterEndElement(reference)
        xmlTextWriterWriteElement(reference, "Item", "1 < 2 & \"3\" > 2\r\nnext ünïcode")
        xmlTextWriterWriteElement(reference, "Blank", "")
        xmlTextWriterStartElement(reference, "Person")
        xmlTextWriterWriteAttribute(reference, "id", "p1")
        xmlTextWriterStartElement(reference, "Course")
        xmlTextWriterWriteElement(reference, "Date", "2025-01-01")
        xmlTextWriterStartElement(reference, "Quiz")
        xmlTextWriterWriteAttribute(reference, "version", "2")
        xmlTextWriterWriteString(reference, "ethics-1")
        xmlTextWriterEndElement(reference)
        xmlTextWriterEndElement(reference)
        xmlTextWriterEndElement(reference)
        xmlTextWriterEndDocument(reference)
        xmlFreeTextWriter(reference)
        let expected = Array(UnsafeBufferPointer(start: xmlBufferContent(buffer), count: Int(xmlBufferLength(buffer))))

        var writer = XMLStreamWriter(indent: true)
        try writer.startDocument()
        try writer.start("Transcript")
        try writer.attribute("note", "tab\tline\nquote\" amp& <lt> cr\r")
        try writer.start("Empty")
        try writer.end()
        try writer.element("Item", "1 < 2 & \"3\" > 2\r\nnext ünïcode")
        try writer.element("Blank", "")
        try writer.start("Person")
        try writer.attribute("id", "p1")
        try writer.start("Course")
        try writer.element("Date", "2025-01-01")
        try writer.start("Quiz")
        try writer.attribute("version", "2")
        try writer.text("ethics-1")
        try writer.end()
        try writer.finish()
        #expect(String(decoding: try writer.takeBytes(), as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    }
}

struct ProblemListTests {
    @Test func keepsUpToItsLimitAndCountsTheRest() {
        var list = ProblemList(limit: 3)
        for line in [9, 2, 5, 7, 1] {
            list.append(XMLDiagnostic(file: "f.xml", line: line, column: 1, message: "problem on \(line)"))
        }
        #expect(list.kept.count == 3 && list.more == 2)
        #expect(list.inDocumentOrder.map(\.line) == [2, 5, 9, 9])
        #expect(list.inDocumentOrder.last?.message == "2 more problem(s) were found and are not shown; fix these and check the file again")
        #expect(list.found.map(\.line) == [9, 2, 5, 5])
    }

    @Test func aShortListIsAsFound() {
        var list = ProblemList()
        list += [XMLDiagnostic(file: "f.xml", line: 4, column: 2, message: "b"), XMLDiagnostic(file: "f.xml", line: 4, column: 1, message: "a")]
        #expect(list.inDocumentOrder.map(\.message) == ["a", "b"])
        #expect(list.more == 0)
    }
}
