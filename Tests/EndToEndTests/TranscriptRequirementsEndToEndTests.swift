import Foundation
import TestTools
import Testing
import Transcripts

/// Transcripts carry the records that meet certification requirements (course, attestation,
/// document, with their voids), valid for xmllint against the published schema, and import
/// into another store once; a transcript written before these kinds existed still imports.
struct TranscriptRequirementsEndToEndTests {
    private let folder = ScratchFolder()
    private let xmllint = ExternalTool(path: "/usr/bin/xmllint")
    private var schema: String { PeerTrackProcess.repository.appendingPathComponent("Sources/Transcripts/Schemas/transcript.xsd").path }

    private func ok(_ arguments: [String], store: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try PeerTrackProcess.run(arguments, store: folder.url.appendingPathComponent(store), user: "admin")
        #expect(result.status == 0, "\(arguments): \(result.errors)", sourceLocation: sourceLocation)
        return result.output
    }

    @Test(.enabled(if: ExternalTool(path: "/usr/bin/xmllint").isInstalled, "needs xmllint (Debian package libxml2-utils)"))
    func requirementRecordsTravelInATranscriptAndImportOnce() throws {
        let letter = folder.url.appendingPathComponent("reference.pdf")
        try Data("%PDF-1.4\n% reference form\n%%EOF\n".utf8).write(to: letter)
        _ = try ok(["init", "--agency", "Hope Works"], store: "a")
        _ = try ok(["person", "add", "kim", "--name", "Kim Roe"], store: "a")
        _ = try ok(["requirement", "add", "kim", "initial-training", "--date", "2025-04-10", "--title", "NC CPSS Peer Support Training", "--hours", "50", "--provider", "Recovery Academy"], store: "a")
        _ = try ok(["requirement", "add", "kim", "references", "--date", "2025-06-01", "--from", "Rev. Lee", "--evidence", letter.path], store: "a")
        let wrong = try ok(["requirement", "add", "kim", "references", "--date", "2025-06-02", "--from", "Someone Else"], store: "a")
        let wrongID = try #require(wrong.split(separator: " ").dropFirst().first).dropLast()
        _ = try ok(["ce", "void", String(wrongID), "--reason", "sent for another applicant"], store: "a")
        _ = try ok(["requirement", "add", "kim", "code-of-ethics", "--date", "2025-06-01", "--by", "Kim Roe"], store: "a")
        let file = folder.url.appendingPathComponent("kim.xml")
        _ = try ok(["export", "transcript", "kim", "-o", file.path, "--on", "2025-07-01"], store: "a")
        let text = try String(contentsOf: file, encoding: .utf8)
        for expected in ["<Requirements>", "<Item>initial-training</Item>", "<From>Rev. Lee</From>", "<AttestedBy>Kim Roe</AttestedBy>", "<Reason>sent for another applicant</Reason>"] {
            #expect(text.contains(expected), "the transcript lacks \(expected)")
        }
        let lint = try xmllint.run(["--noout", "--nonet", "--schema", schema, file.path])
        #expect(lint.status == 0, "\(lint.output)")
        #expect(lint.output.contains("validates"))

        _ = try ok(["init", "--agency", "New Dawn"], store: "b")
        let imported = try ok(["transcript", "import", file.path], store: "b")
        #expect(imported.contains("Imported 6 records for 1 person(s)"), "\(imported)")
        let journal = PeerTrackProcess.journal(folder.url.appendingPathComponent("b"))
        #expect(try ok(["transcript", "import", file.path], store: "b").contains("Nothing new"))
        #expect(PeerTrackProcess.journal(folder.url.appendingPathComponent("b")) == journal)
        // The imported records count as they did: one reference of two, the course's deadline.
        let status = try #require(try JSONSerialization.jsonObject(with: Data(try ok(["requirement", "list", "kim", "--on", "2025-07-01", "--json"], store: "b").utf8)) as? [String: Any])
        let checklist = try #require(status["checklist"] as? [[String: Any]])
        #expect(checklist.first { $0["id"] as? String == "references" }?["received"] as? Int == 1)
        #expect(status["deadline"] as? String == "2027-04-10")
    }

    @Test func aTranscriptWrittenBeforeRequirementsStillImports() throws {
        // Exported by peertrack at commit 1471f51, before the requirement kinds.
        let old = PeerTrackProcess.repository.appendingPathComponent("Tests/EndToEndTests/Fixtures/transcript-before-requirements.xml")
        #expect(try !String(contentsOf: old, encoding: .utf8).contains("<Requirements>"))
        _ = try ok(["init", "--agency", "New Dawn"], store: "c")
        #expect(try ok(["transcript", "validate", old.path], store: "c").contains("a valid transcript of 1 person(s) with 8 records"))
        let imported = try ok(["transcript", "import", old.path], store: "c")
        #expect(imported.contains("Imported 8 records for 1 person(s)"), "\(imported)")
        #expect(try ok(["transcript", "import", old.path], store: "c").contains("Nothing new"))
        let status = try #require(try JSONSerialization.jsonObject(with: Data(try ok(["status", "ana", "--on", "2026-12-04", "--json"], store: "c").utf8)) as? [[String: Any]])
        #expect(status[0]["stage"] as? String == "renewal")
        #expect(status[0]["lastCertification"] as? String == "2026-03-20")
    }
}
