import Foundation
import TestTools
import Testing

@testable import Documents

/// The PDF file's structure: cross-reference table, trailer, fonts, information, determinism.
struct PDFWriterTests {
    let certificate = Certificate.pdf(SampleContent.certificate, created: SampleContent.created)

    func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    @Test func sameInputsGiveSameBytesApartFromTheCreationDate() {
        let later = SampleContent.created.addingTimeInterval(86_400 * 40 + 3_723)
        let packets = [SampleContent.created, SampleContent.created, later].map {
            RenewalPacket.pdf(SampleContent.packet(rows: 25), created: $0)
        }
        #expect(packets[0] == packets[1])
        #expect(packets[0] != packets[2])
        func withoutDate(_ bytes: [UInt8]) -> String {
            text(bytes).replacingOccurrences(of: #"/CreationDate \(D:\d{14}Z\)"#, with: "/CreationDate ()", options: .regularExpression)
        }
        #expect(withoutDate(packets[0]) == withoutDate(packets[2]))
        #expect(text(packets[2]).contains("/CreationDate (D:20260406071523Z)"))
        #expect(Certificate.pdf(SampleContent.certificate, created: later) != certificate)
    }

    @Test func crossReferenceTableGivesEveryObjectsByteOffset() throws {
        for bytes in [certificate, RenewalPacket.pdf(SampleContent.packet(rows: 60), created: SampleContent.created)] {
            let file = text(bytes)
            #expect(file.hasPrefix("%PDF-1.7\n"))
            #expect(file.hasSuffix("%%EOF\n"))
            let startxref = try #require(file.range(of: "startxref\n", options: .backwards))
            let offset = try #require(Int(file[startxref.upperBound...].prefix { $0.isNumber }))
            let table = String(decoding: bytes[offset...], as: UTF8.self)
            #expect(table.hasPrefix("xref\n0 "))
            let lines = table.split(separator: "\n", omittingEmptySubsequences: false)
            let size = try #require(Int(lines[1].split(separator: " ")[1]))
            #expect(file.contains("/Size \(size) /Root 1 0 R /Info 3 0 R"))
            #expect(lines[2] == "0000000000 65535 f ")
            for number in 1..<size {
                let entry = lines[2 + number]
                #expect(entry.utf8.count == 19 && entry.hasSuffix(" 00000 n "), "entry \(number): \(entry)")
                let objectOffset = try #require(Int(entry.prefix(10)))
                let object = String(decoding: bytes[objectOffset..<min(objectOffset + 20, bytes.count)], as: UTF8.self)
                #expect(object.hasPrefix("\(number) 0 obj\n"), "object \(number) at \(objectOffset): \(object)")
            }
        }
    }

    @Test func streamLengthsMatchTheirData() throws {
        let file = text(certificate)
        let pattern = try NSRegularExpression(pattern: #"<< /Length (\d+) >>\nstream\n"#)
        let matches = pattern.matches(in: file, range: NSRange(file.startIndex..., in: file))
        #expect(matches.count == 1)
        for match in matches {
            let digits = try #require(Range(match.range(at: 1), in: file))
            let length = try #require(Int(file[digits]))
            let start = try #require(Range(match.range, in: file)).upperBound
            let data = file.utf8[start...].prefix(length + 11)
            #expect(String(decoding: data.suffix(11), as: UTF8.self) == "\nendstream\n")
        }
    }

    @Test func fontsAreTheStandardHelveticasWithWinAnsiEncoding() {
        let file = text(certificate)
        #expect(file.contains("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"))
        #expect(file.contains("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"))
        #expect(file.contains("/MediaBox [0 0 612 792]"))
        #expect(file.contains("/Type /Pages /Kids [6 0 R] /Count 1"))
        // "José Ramírez" in WinAnsi, written with octal escapes: é is 351, í is 355.
        #expect(file.contains("(Jos\\351 Ram\\355rez) Tj"))
    }

    @Test func informationNamesTitleAuthorProducerAndCreationDate() {
        let file = text(certificate)
        #expect(file.contains("/Producer (PeerTrack)"))
        #expect(file.contains("/CreationDate (D:20260225061320Z)"))
        #expect(file.contains("/Author (Piedmont Recovery Alliance)"))
        // The title has accents, so it is UTF-16 with a byte order mark: "José" is 004A 006F 0073 00E9.
        #expect(file.contains("/Title <FEFF"))
        #expect(file.contains("004A006F007300E9"))
        #expect(file.contains("/ID [<"))
    }

    @Test(
        .enabled(
            if: ExternalTool.pdfinfo.isInstalled,
            "pdfinfo is not installed at /usr/bin/pdfinfo (Debian package poppler-utils): information not read back"))
    func pdfinfoReadsTheInformationAndLetterSize() throws {
        let scratch = try ScratchFolder()
        let path = try scratch.write(certificate, named: "certificate.pdf")
        let result = try ExternalTool.pdfinfo.run(["-isodates", path])
        print("pdfinfo certificate.pdf:\n\(result.output)")
        #expect(result.status == 0)
        #expect(result.output.contains("Certificate of Completion: Ethics and Boundaries in Peer Support, José Ramírez"))
        #expect(result.output.contains("PeerTrack"))
        #expect(result.output.contains("2026-02-25T06:13:20"))
        #expect(result.output.contains("612 x 792 pts (letter)"))
        let fields = result.output.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(fields.contains("Pages: 1"))
        #expect(fields.contains("PDF version: 1.7"))
    }

    @Test(arguments: [
        (0.0, "D:19700101000000Z"), (-1.0, "D:19691231235959Z"), (951_868_799.5, "D:20000229235959Z"),
        (1_709_251_199.0, "D:20240229235959Z"), (1_772_000_000.0, "D:20260225061320Z"),
    ])
    func creationDateIsWrittenInUTC(seconds: Double, expected: String) {
        #expect(PDFSyntax.date(Date(timeIntervalSince1970: seconds)) == expected)
    }

    @Test func literalStringsEscapeParenthesesBackslashesAndHighBytes() {
        #expect(PDFSyntax.literal(Array("a(b)c\\".utf8)) == #"(a\(b\)c\\)"#)
        #expect(PDFSyntax.literal(WinAnsi.encode("Zoë\n")) == #"(Zo\353 )"#)
        #expect(PDFSyntax.textString("PeerTrack") == "(PeerTrack)")
        #expect(PDFSyntax.textString("Zoë") == "<FEFF005A006F00EB>")
    }

    @Test func numbersHaveAtMostTwoDecimals() {
        #expect([612, 0.5, -3.25, 1.0 / 3, 2.999, -0.001].map(PDFSyntax.number) == ["612", "0.5", "-3.25", "0.33", "3", "0"])
    }
}
