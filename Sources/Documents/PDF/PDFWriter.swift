/// Writes pages as a PDF 1.7 file: catalog, page tree, the two standard fonts with
/// WinAnsiEncoding, the document information, a cross-reference table and a trailer.
/// The bytes depend only on the pages and the information, so the same inputs give the
/// same file apart from the creation date.
struct PDFWriter {
    private var bytes: [UInt8] = []
    private var offsets: [Int: Int] = [:]

    /// The file for the pages, in order.
    static func document(pages: [PDFPage], info: PDFDocumentInfo) -> [UInt8] {
        var writer = PDFWriter()
        return writer.write(pages: pages.isEmpty ? [PDFPage()] : pages, info: info)
    }

    // Object numbers: the fixed objects first, then a page object and its content stream
    // for each page.
    private static let catalog = 1
    private static let pageTree = 2
    private static let infoObject = 3
    private static let firstFont = 4
    private static var firstPage: Int { firstFont + PDFFont.allCases.count }

    private mutating func write(pages: [PDFPage], info: PDFDocumentInfo) -> [UInt8] {
        // The second line's bytes above 127 mark the file as binary for transfer tools.
        append("%PDF-1.7\n%")
        bytes += [0xE2, 0xE3, 0xCF, 0xD3]
        append("\n")

        let pageNumbers = pages.indices.map { Self.firstPage + 2 * $0 }
        object(Self.catalog, "<< /Type /Catalog /Pages \(Self.pageTree) 0 R >>")
        let kids = pageNumbers.map { "\($0) 0 R" }.joined(separator: " ")
        object(Self.pageTree, "<< /Type /Pages /Kids [\(kids)] /Count \(pages.count) >>")
        object(
            Self.infoObject,
            "<< /Title \(PDFSyntax.textString(info.title)) /Author \(PDFSyntax.textString(info.author))"
                + (info.subject.map { " /Subject \(PDFSyntax.textString($0))" } ?? "")
                + " /Producer \(PDFSyntax.textString(PDFDocumentInfo.producer))"
                + " /CreationDate \(PDFSyntax.literal(Array(PDFSyntax.date(info.created).utf8))) >>")
        for (index, font) in PDFFont.allCases.enumerated() {
            object(
                Self.firstFont + index,
                "<< /Type /Font /Subtype /Type1 /BaseFont /\(font.baseFont) /Encoding /WinAnsiEncoding >>")
        }
        let fonts = PDFFont.allCases.enumerated()
            .map { "/\($1.resourceName) \(Self.firstFont + $0) 0 R" }.joined(separator: " ")
        let mediaBox = "[0 0 \(PDFSyntax.number(PDFPage.width)) \(PDFSyntax.number(PDFPage.height))]"
        for (page, number) in zip(pages, pageNumbers) {
            object(
                number,
                "<< /Type /Page /Parent \(Self.pageTree) 0 R /MediaBox \(mediaBox)"
                    + " /Resources << /Font << \(fonts) >> >> /Contents \(number + 1) 0 R >>")
            stream(number + 1, Array(page.content.utf8))
        }

        let size = Self.firstPage + 2 * pages.count
        let crossReference = bytes.count
        append("xref\n0 \(size)\n0000000000 65535 f \n")
        for number in 1..<size {
            append(tenDigits(offsets[number] ?? 0) + " 00000 n \n")
        }
        let id = "<\(DocumentID.hex(pages: pages, info: info))>"
        append("trailer\n<< /Size \(size) /Root \(Self.catalog) 0 R /Info \(Self.infoObject) 0 R /ID [\(id) \(id)] >>\n")
        append("startxref\n\(crossReference)\n%%EOF\n")
        return bytes
    }

    private mutating func object(_ number: Int, _ body: String) {
        offsets[number] = bytes.count
        append("\(number) 0 obj\n\(body)\nendobj\n")
    }

    private mutating func stream(_ number: Int, _ data: [UInt8]) {
        offsets[number] = bytes.count
        append("\(number) 0 obj\n<< /Length \(data.count) >>\nstream\n")
        bytes += data
        append("\nendstream\nendobj\n")
    }

    private mutating func append(_ text: String) {
        bytes += Array(text.utf8)
    }

    private func tenDigits(_ offset: Int) -> String {
        let digits = String(offset)
        return String(repeating: "0", count: max(0, 10 - digits.count)) + digits
    }
}
