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
}
