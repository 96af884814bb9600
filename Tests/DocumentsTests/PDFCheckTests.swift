import Documents
import Foundation
import TestTools
import Testing

/// Every PDF PeerTrack writes passes qpdf's structural check and gives its words back to pdftotext.
struct PDFCheckTests {
    static let documents: [(name: String, bytes: [UInt8])] = [
        ("certificate.pdf", Certificate.pdf(SampleContent.certificate, created: SampleContent.created)),
        ("certificate-module.pdf", Certificate.pdf(SampleContent.moduleCertificate, created: SampleContent.created)),
        ("packet-60.pdf", RenewalPacket.pdf(SampleContent.packet(rows: 60), created: SampleContent.created)),
        ("packet-empty.pdf", RenewalPacket.pdf(SampleContent.packet(rows: 0), created: SampleContent.created)),
        ("packet-long-title.pdf", RenewalPacket.pdf(SampleContent.packetWithPageTallTitle, created: SampleContent.created)),
    ]

    @Test(
        .enabled(if: ExternalTool.qpdf.isInstalled, "qpdf is not installed at /usr/bin/qpdf (Debian package qpdf): PDF structure not checked"),
        arguments: documents.map(\.name))
    func everyGeneratedPDFPassesQpdfCheck(name: String) throws {
        let scratch = try ScratchFolder()
        let bytes = try #require(Self.documents.first { $0.name == name }?.bytes)
        let path = try scratch.write(bytes, named: name)
        let result = try ExternalTool.qpdf.run(["--check", path])
        print("qpdf --check \(name): exit \(result.status): \(result.output.split(separator: "\n").joined(separator: " | "))")
        #expect(result.status == 0, "qpdf --check \(name):\n\(result.output)")
        #expect(result.output.contains("No syntax or stream encoding errors found"))
    }

    @Test(.enabled(if: ExternalTool.pdftotext.isInstalled, "pdftotext is not installed at /usr/bin/pdftotext (Debian package poppler-utils): PDF text not checked"))
    func certificateTextGivesBackNameCourseHoursDatesAndRecord() throws {
        let text = try Self.text(of: Certificate.pdf(SampleContent.certificate, created: SampleContent.created), named: "certificate.pdf")
        print("pdftotext certificate.pdf:\n\(text)")
        for expected in [
            "Certificate of Completion", "José Ramírez", "Ethics and Boundaries in Peer Support", "March 5, 2026",
            "3.5 hours", "Ethics", "Zoë Ñúñez", "March 10, 2026", "ce-20260305-0042",
            "peertrack certificate check FILE.pdf (record ce-20260305-0042)",
        ] {
            #expect(Self.flattened(text).contains(expected), "missing \(expected)")
        }
        // Headed with the issuing agency; the course's provider named as its provider.
        #expect(text.hasPrefix("Piedmont Recovery Alliance\nissues this certificate"), "\(text.prefix(80))")
        #expect(Self.flattened(text).contains("HOURS CATEGORY PROVIDER 3.5 hours Ethics UNC School of Social Work"))
    }

    @Test(.enabled(if: ExternalTool.pdftotext.isInstalled, "pdftotext is not installed at /usr/bin/pdftotext (Debian package poppler-utils): PDF text not checked"))
    func moduleCertificateNamesTheModuleLessonsAndQuizScore() throws {
        let text = try Self.text(
            of: Certificate.pdf(SampleContent.moduleCertificate, created: SampleContent.created), named: "certificate-module.pdf")
        for expected in [
            "Zoë Ñandú-Björk", "February 29, 2024", "1 hour", "Recovery-Oriented Language", "Words that open doors",
            "Telling your story (safely)", "Quiz score: 9 of 10 (90%)", "Not yet verified", "tr-0007",
        ] {
            #expect(Self.flattened(text).contains(expected), "missing \(expected)")
        }
    }

    @Test(.enabled(if: ExternalTool.pdftotext.isInstalled, "pdftotext is not installed at /usr/bin/pdftotext (Debian package poppler-utils): PDF text not checked"))
    func packetOfSixtyRecordsSpansPagesWithEveryTitleAndTheHeaderOnEachPage() throws {
        let content = SampleContent.packet(rows: 60)
        let bytes = RenewalPacket.pdf(content, created: SampleContent.created)
        let text = try Self.text(of: bytes, named: "packet-60.pdf")
        let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: true).filter {
            !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        }
        print("pdftotext packet-60.pdf: \(pages.count) pages, \(text.count) characters")
        #expect(pages.count >= 3)
        for (index, page) in pages.enumerated() {
            #expect(page.contains("Page \(index + 1) of \(pages.count)"))
        }
        // The records table's header starts every page the table reaches: the first with
        // the caption, the later ones marked as continued.
        let tablePages = pages.filter { $0.contains("Course ") }
        let headers = tablePages.filter { $0.contains("Verification") && $0.contains("Provider") }
        let continued = text.components(separatedBy: "Continuing education records (60) (continued)").count - 1
        print("records table on \(tablePages.count) pages, its header on \(headers.count), marked continued on \(continued)")
        #expect(tablePages.count >= 3)
        #expect(headers.count == tablePages.count)
        #expect(continued == tablePages.count - 1)
        // Every title, long ones wrapped over several lines, comes back whole.
        let flat = Self.flattened(text)
        for row in content.rows {
            let words = row.title.split(separator: " ")
            let prefix = words.prefix(3).joined(separator: " ")
            #expect(flat.contains(prefix + " "), "missing \(row.title)")
            #expect(words.allSatisfy { flat.contains(String($0)) })
        }
        for expected in ["José Ramírez", "P-0042", "2026-06-15", "2026-09-13", "$50", "18.5", "Short 1.5 hours", "Zoë Ñúñez"] {
            #expect(flat.contains(expected), "missing \(expected)")
        }
    }

    /// The text with every run of white space (line breaks from wrapping too) as one space.
    static func flattened(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func text(of bytes: [UInt8], named name: String) throws -> String {
        let scratch = try ScratchFolder()
        let path = try scratch.write(bytes, named: name)
        let result = try ExternalTool.pdftotext.run(["-enc", "UTF-8", path, "-"])
        #expect(result.status == 0, "pdftotext \(name): \(result.output)")
        return result.output
    }
}
