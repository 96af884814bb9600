import Foundation

/// The one-page certificate of completion for a CE or training record (PDF), issued by the
/// agency whose store holds the record; the course's provider is named as its provider.
public enum Certificate {
    /// The certificate's PDF bytes. The same content gives the same bytes apart from the
    /// creation date, which only the document information carries.
    public static func pdf(_ content: CertificateContent, created: Date) -> [UInt8] {
        let info = PDFDocumentInfo(
            title: "Certificate of Completion: \(content.courseTitle), \(content.personName)",
            author: content.issuer, created: created, subject: subjectPrefix + content.recordID)
        return PDFWriter.document(pages: [page(content)], info: info)
    }

    /// How a certificate's document information names its record.
    static let subjectPrefix = "PeerTrack certificate of record "

    /// The record id a certificate's bytes name, if they are a PeerTrack certificate.
    public static func recordID(in pdf: [UInt8]) -> String? {
        let marker = Array("/Subject (".utf8) + Array(subjectPrefix.utf8)
        guard let start = pdf.firstRange(of: marker)?.upperBound else { return nil }
        let id = pdf[start...].prefix { $0 != UInt8(ascii: ")") && $0 != UInt8(ascii: "\\") }
        guard !id.isEmpty, id.count <= 64 else { return nil }
        return String(decoding: id, as: UTF8.self)
    }

    /// Whether two certificates are the same document: byte for byte, apart from the
    /// creation date (a fixed-width field, so nothing else moves).
    public static func sameDocument(_ first: [UInt8], _ second: [UInt8]) -> Bool {
        guard first.count == second.count else { return false }
        func dateRange(_ bytes: [UInt8]) -> Range<Int>? {
            guard let start = bytes.firstRange(of: Array("/CreationDate (".utf8))?.upperBound else { return nil }
            let end = bytes[start...].firstIndex(of: UInt8(ascii: ")")) ?? start
            return start..<end
        }
        guard let one = dateRange(first), let two = dateRange(second), one == two else { return first == second }
        return first[..<one.lowerBound] == second[..<two.lowerBound] && first[one.upperBound...] == second[two.upperBound...]
    }

    // The frame's inset from the page edge, and the text column inside it.
    private static let frameInset = 30.0
    private static let column = (x: 84.0, width: PDFPage.width - 168)
    // The signature block's line and the check line below it sit at fixed heights.
    private static let signatureLineY = 150.0
    private static let bodyTop = PDFPage.height - 88
    private static let bodyBottom = signatureLineY + 50

    static func page(_ content: CertificateContent) -> PDFPage {
        var page = PDFPage()
        drawFrame(on: &page)
        let body = body(content)
        let available = bodyTop - bodyBottom
        let scale = body.scale(toFit: available)
        // Spare height goes half above and half below, so a short certificate sits in the middle.
        let spare = max(0, available - body.height(scale: scale))
        body.draw(on: &page, span: column, top: bodyTop - spare / 2, scale: scale)
        drawSignatures(content, on: &page)
        drawCheckLine(content.howToCheck, on: &page)
        return page
    }

    private static func drawFrame(on page: inout PDFPage) {
        let outer = frameInset
        page.stroke(
            x: outer, y: outer, width: PDFPage.width - 2 * outer, height: PDFPage.height - 2 * outer,
            color: .navy, lineWidth: 3)
        let inner = outer + 8
        page.stroke(
            x: inner, y: inner, width: PDFPage.width - 2 * inner, height: PDFPage.height - 2 * inner,
            color: .gold, lineWidth: 1)
    }

    private static func body(_ content: CertificateContent) -> CenteredColumn {
        var body = CenteredColumn(width: column.width)
        body.add(.text(content.issuer, font: .bold, size: 13, color: .navy, spaceAfter: 4))
        body.add(.text("issues this certificate", font: .regular, size: 10, color: .gray, spaceAfter: 22))
        body.add(.text("Certificate of Completion", font: .bold, size: 34, color: .navy, spaceAfter: 14))
        body.add(.rule(width: 150, color: .gold, lineWidth: 2, spaceAfter: 30))
        body.add(.text("This certifies that", font: .regular, size: 13, color: .gray, spaceAfter: 12))
        body.add(.text(content.personName, font: .bold, size: 28, color: .black, spaceAfter: 6))
        body.add(.rule(width: 330, color: .rule, lineWidth: 0.75, spaceAfter: 18))
        body.add(.text("has completed", font: .regular, size: 13, color: .gray, spaceAfter: 10))
        body.add(.text(content.courseTitle, font: .bold, size: 20, color: .navy, spaceAfter: 10))
        body.add(.text("on \(Wording.longDate(content.date))", font: .regular, size: 13, color: .black, spaceAfter: 28))
        body.add(
            .fields(
                [
                    ("Hours", Wording.hours(content.hours)),
                    ("Category", content.categoryName),
                    ("Provider", content.provider),
                ], spaceAfter: 24))
        if let module = content.module {
            addModule(module, to: &body)
        }
        return body
    }

    private static func addModule(_ module: CertificateContent.Module, to body: inout CenteredColumn) {
        body.add(.text("Completed in PeerTrack: \(module.title)", font: .bold, size: 11.5, color: .black, spaceAfter: 6))
        if !module.lessonsRead.isEmpty {
            let lessons = module.lessonsRead.joined(separator: "  \u{00B7}  ")
            body.add(.text("Lessons read: \(lessons)", font: .regular, size: 10, color: .gray, spaceAfter: 6))
        }
        if let score = module.quizScore {
            body.add(.text("Quiz score: \(score)", font: .regular, size: 10.5, color: .black, spaceAfter: 6))
        }
    }

    private static func drawSignatures(_ content: CertificateContent, on page: inout PDFPage) {
        let gap = 40.0
        let blockWidth = (column.width - gap) / 2
        let left = (x: column.x, width: blockWidth)
        let right = (x: column.x + blockWidth + gap, width: blockWidth)
        let lineY = signatureLineY
        for block in [left, right] {
            page.line(from: (block.x, lineY), to: (block.x + block.width, lineY), color: .gray, lineWidth: 0.75)
        }
        let above = lineY + 8
        let below = lineY - 13
        if let verification = content.verification {
            signatureText(verification.supervisorName, in: left, y: above, font: .bold, size: 12.5, on: &page)
            signatureText(
                "Verified by supervisor on \(Wording.longDate(verification.date))", in: left, y: below,
                font: .regular, size: 9, color: .gray, on: &page)
        } else {
            signatureText("Not yet verified", in: left, y: above, font: .bold, size: 12.5, color: .gray, on: &page)
            signatureText("No supervisor has verified this record", in: left, y: below, font: .regular, size: 9, color: .gray, on: &page)
        }
        signatureText(content.recordID, in: right, y: above, font: .bold, size: 12.5, on: &page)
        signatureText("Record ID", in: right, y: below, font: .regular, size: 9, color: .gray, on: &page)
    }

    /// One line in a signature block, shrunk until it fits the block so it is never cut off.
    private static func signatureText(
        _ text: String, in span: (x: Double, width: Double), y: Double, font: PDFFont, size: Double,
        color: PDFColor = .black, on page: inout PDFPage
    ) {
        var size = size
        while size > 5, font.width(of: text, size: size) > span.width { size -= 0.5 }
        page.text(text, in: span, y: y, alignment: .center, font: font, size: size, color: color)
    }

    private static func drawCheckLine(_ text: String, on page: inout PDFPage) {
        var y = signatureLineY - 52
        for line in TextWrapper.lines(text, font: .regular, size: 9, width: column.width) {
            page.text(line, in: column, y: y, alignment: .center, font: .regular, size: 9, color: .gray)
            y -= 11.5
        }
    }
}
