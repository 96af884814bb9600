import Foundation
import Testing

/// `peertrack certificate check`: the agency's answer to "is this certificate yours, and
/// does its record still stand?"
struct CertificateCheckEndToEndTests {
    private let folder = ScratchFolder()

    private func run(_ arguments: [String], store: String = "store") throws -> PeerTrackProcess.Result {
        try PeerTrackProcess.run(arguments, store: folder.url.appendingPathComponent(store), user: "admin")
    }

    @Test func aCertificateChecksUntilItIsAlteredOrItsRecordIsVoided() throws {
        for store in ["store", "other"] {
            #expect(try run(["init", "--agency", store == "store" ? "Hope Works" : "Other Agency"], store: store).status == 0)
            #expect(try run(["person", "add", "ana", "--name", "Ana Diaz"], store: store).status == 0)
        }
        let added = try run(["ce", "add", "ana", "--date", "2025-02-01", "--hours", "3", "--title", "Ethics refresher", "--category", "ethics", "--provider", "UNC School of Social Work"])
        let id = added.output.trimmingCharacters(in: .whitespacesAndNewlines)
        let file = folder.url.appendingPathComponent("certificate.pdf")
        #expect(try run(["certificate", id, "-o", file.path]).status == 0)
        let text = DocumentTool.flattened(try DocumentTool.text(of: file))
        #expect(text.hasPrefix("Hope Works issues this certificate Certificate of Completion"), "\(text)")
        #expect(text.contains("HOURS CATEGORY PROVIDER 3 hours Ethics UNC School of Social Work"))

        let good = try run(["certificate", "check", file.path])
        #expect(good.status == 0, "\(good.errors)")
        #expect(good.output.contains("is a certificate Hope Works issued from this store: record \(id), Ana Diaz, \"Ethics refresher\" on 2025-02-01, 3 hours"))

        let foreign = try run(["certificate", "check", file.path], store: "other")
        #expect(foreign.status == 1)
        #expect(foreign.errors.contains("names record \(id), which this store does not hold"), "\(foreign.errors)")

        let altered = folder.url.appendingPathComponent("altered.pdf")
        let original = try Data(contentsOf: file)
        try Data(String(decoding: original, as: UTF8.self).replacingOccurrences(of: "(3 hours)", with: "(9 hours)").utf8).write(to: altered)
        let changed = try run(["certificate", "check", altered.path])
        #expect(changed.status == 1)
        #expect(changed.errors.contains("is not the certificate this store issues for it now"), "\(changed.errors)")

        let notOne = folder.url.appendingPathComponent("note.pdf")
        try Data("%PDF-1.4\n%%EOF\n".utf8).write(to: notOne)
        #expect(try run(["certificate", "check", notOne.path]).errors.contains("is not a PeerTrack certificate: it names no record"))

        #expect(try run(["ce", "void", id, "--reason", "entered twice"]).status == 0)
        let voided = try run(["certificate", "check", file.path])
        #expect(voided.status == 1)
        #expect(voided.errors.contains("does not stand: record \(id) was voided"), "\(voided.errors)")
    }
}
