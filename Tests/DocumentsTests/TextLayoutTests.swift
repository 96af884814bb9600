import Documents
import Foundation
import TestTools
import Testing

@testable import Documents

/// Text encoding, measuring and wrapping for the PDFs.
struct TextLayoutTests {
    @Test func accentedLatinNamesEncodeToTheirWinAnsiBytes() {
        #expect(WinAnsi.encode("José Zoë Ñ") == [0x4A, 0x6F, 0x73, 0xE9, 0x20, 0x5A, 0x6F, 0xEB, 0x20, 0xD1])
        #expect(WinAnsi.encode("€–—“ok”•Šœ Ÿ") == [0x80, 0x96, 0x97, 0x93, 0x6F, 0x6B, 0x94, 0x95, 0x8A, 0x9C, 0x20, 0x9F])
        // A decomposed "é" (e + combining acute) is the same letter.
        #expect(WinAnsi.encode("Jose\u{301}") == [0x4A, 0x6F, 0x73, 0xE9])
    }

    @Test func charactersOutsideWinAnsiBecomeOneQuestionMarkEach() {
        #expect(WinAnsi.encode("日本 Łódź 🇺🇸!") == Array("?? ?\u{F3}d? ?!".unicodeScalars.map { UInt8($0.value) }))
    }

    @Test func widthsComeFromHelveticaMetrics() {
        // H 722 + e 556 + l 222 + l 222 + o 556, and in bold 722 + 556 + 278 + 278 + 611.
        #expect(abs(PDFFont.regular.width(of: "Hello", size: 10) - 22.78) < 1e-9)
        #expect(abs(PDFFont.bold.width(of: "Hello", size: 10) - 24.45) < 1e-9)
        #expect(PDFFont.regular.width(of: "é", size: 1000) == PDFFont.regular.width(of: "e", size: 1000))
        #expect(PDFFont.regular.width(of: "W", size: 1000) == 944)
        #expect(PDFFont.bold.width(of: "'", size: 1000) == 238)
    }

    @Test func wrappedLinesFitTheWidthAndKeepEveryWordInOrder() {
        let text = "Trauma-informed approaches to crisis support, de-escalation and safety planning in community settings"
        for width in [120.0, 200, 1000] {
            let lines = TextWrapper.lines(text, font: .regular, size: 9, width: width)
            #expect(lines.allSatisfy { PDFFont.regular.width(of: $0, size: 9) <= width })
            #expect(lines.joined(separator: " ") == text)
        }
        #expect(TextWrapper.lines(text, font: .regular, size: 9, width: 1000).count == 1)
    }

    @Test func wordWiderThanTheWidthBreaksAfterAHyphenFirst() {
        let lines = TextWrapper.lines("Trauma-informed care", font: .regular, size: 9, width: 50)
        #expect(lines == ["Trauma-", "informed", "care"])
    }

    @Test func wordWiderThanTheWidthIsBrokenNotCut() {
        let word = String(repeating: "W", count: 40)
        let lines = TextWrapper.lines("a \(word) b", font: .bold, size: 10, width: 50)
        #expect(lines.joined() == "a\(word)b")
        #expect(lines.allSatisfy { PDFFont.bold.width(of: $0, size: 10) <= 50 })
    }

    @Test func newlinesStartNewLines() {
        #expect(TextWrapper.lines("one\ntwo\n\nthree", font: .regular, size: 10, width: 500) == ["one", "two", "", "three"])
        #expect(TextWrapper.lines("", font: .regular, size: 10, width: 500) == [""])
    }

    @Test(.enabled(if: ExternalTool.pdftotext.isInstalled, "pdftotext is not installed at /usr/bin/pdftotext (Debian package poppler-utils): PDF text not checked"))
    func rowTallerThanAPageCarriesOnToTheNextPages() throws {
        let bytes = RenewalPacket.pdf(SampleContent.packetWithPageTallTitle, created: SampleContent.created)
        let text = PDFCheckTests.flattened(try PDFCheckTests.text(of: bytes, named: "packet-long-title.pdf"))
        let words = Set(text.split(separator: " ").map(String.init))
        #expect((1...1500).allSatisfy { words.contains("w\($0)") })
        #expect(text.contains("Page 3 of"))
        #expect(text.contains("Course 3: Peer support topic"))
    }
}
