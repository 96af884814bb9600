import Documents
import Foundation
import Testing

/// A certificate names its record and can be told apart from any other document.
struct CertificateIdentityTests {
    @Test func aCertificateNamesItsRecordAndIsTheSameDocumentWhenMadeAgainLater() {
        let first = Certificate.pdf(SampleContent.certificate, created: SampleContent.created)
        let later = Certificate.pdf(SampleContent.certificate, created: SampleContent.created.addingTimeInterval(86_400 * 400))
        #expect(first != later, "the creation dates differ")
        #expect(Certificate.recordID(in: first) == "ce-20260305-0042")
        #expect(Certificate.sameDocument(first, later))
    }

    @Test func anotherRecordOrAnAlteredByteIsNotTheSameDocument() {
        let original = Certificate.pdf(SampleContent.certificate, created: SampleContent.created)
        var other = SampleContent.certificate
        other.hours = other.hours + other.hours
        #expect(!Certificate.sameDocument(original, Certificate.pdf(other, created: SampleContent.created)))
        var altered = original
        if let index = altered.firstRange(of: Array("3.5".utf8))?.lowerBound { altered[index] = UInt8(ascii: "9") }
        #expect(altered != original)
        #expect(!Certificate.sameDocument(original, altered))
        #expect(Certificate.recordID(in: RenewalPacket.pdf(SampleContent.packet(rows: 1), created: SampleContent.created)) == nil)
    }
}
