import CLibXML2

/// A compiled XML Schema (XSD), ready to validate documents against.
public final class XMLSchema: @unchecked Sendable {
    // The compiled schema is read-only once parsed; each validation makes its own context.
    let pointer: xmlSchemaPtr

    /// Compiles a schema from its text. `name` appears in diagnostics.
    public init(text: String, name: String) throws {
        XMLLibrary.initialize()
        let collector = DiagnosticCollector(file: name)
        var utf8 = Array(text.utf8)
        let parsed: xmlSchemaPtr? = utf8.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                guard let context = xmlSchemaNewMemParserCtxt(chars, Int32(buffer.count)) else { return nil }
                defer { xmlSchemaFreeParserCtxt(context) }
                let box = Unmanaged.passUnretained(collector).toOpaque()
                xmlSchemaSetParserStructuredErrors(context, collectStructuredError, box)
                return xmlSchemaParse(context)
            }
        }
        guard let parsed else {
            var diagnostics = collector.diagnostics
            if diagnostics.isEmpty {
                diagnostics.append(XMLDiagnostic(file: name, line: 0, column: 0, message: "schema could not be compiled"))
            }
            throw XMLDocumentError(diagnostics)
        }
        pointer = parsed
    }

    deinit {
        xmlSchemaFree(pointer)
    }
}
