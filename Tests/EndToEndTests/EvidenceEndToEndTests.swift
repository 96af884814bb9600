import Foundation
import PeerTrackCore
import Testing

/// Evidence on CE records through the built binary: kept under its SHA-256, given back byte
/// for byte, a changed file found out, refused files write nothing, and transcripts name
/// the file without carrying it.
struct EvidenceEndToEndTests {
    private let scratch = ScratchFolder()
    var store: URL { scratch.url.appendingPathComponent("store") }

    @discardableResult
    private func run(_ arguments: [String], in store: URL? = nil, expect status: Int32 = 0) throws -> PeerTrackProcess.Result {
        let result = try PeerTrackProcess.run(arguments, store: store ?? self.store, user: "admin")
        #expect(result.status == status, "\(arguments): \(result.errors)")
        return result
    }

    private func file(_ name: String, _ bytes: [UInt8]) throws -> URL {
        let url = scratch.url.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    /// A scan of a certificate: a PNG signature, then bytes no text would hold, and a marker
    /// to look for in transcripts.
    static let scan: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array("EVIDENCE-BYTES-7f3a9c".utf8)
        + (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 151 &+ 17) }

    private func setUp() throws -> String {
        try run(["init", "--agency", "Piedmont Recovery Alliance"])
        try run(["person", "add", "jose", "--name", "José Ramírez"])
        try run(["certify", "jose", "--date", "2024-03-15", "--override", "certified before this store was kept"])
        return try run([
            "ce", "add", "jose", "--date", "2025-02-01", "--hours", "3", "--title", "Ethics and boundaries", "--category", "ethics",
            "--evidence", try file("ethics certificate.png", Self.scan).path,
        ]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private var kept: URL {
        let hash = SHA256.hex(Self.scan)
        return store.appendingPathComponent("evidence/\(hash.prefix(2))/\(hash.dropFirst(2))")
    }

    @Test func aStoredFileComesBackByteForByte() throws {
        let id = try setUp()
        #expect(FileManager.default.contents(atPath: kept.path).map { [UInt8]($0) } == Self.scan)
        #expect(BinaryRun.mode(kept) == 0o600)
        let list = try run(["ce", "list", "jose"]).output
        #expect(list.contains("EVIDENCE"))
        #expect(list.split(separator: "\n").last?.hasSuffix("yes") == true, "\(list)")
        let back = scratch.url.appendingPathComponent("back.png")
        let wrote = try run(["ce", "evidence", id, "-o", back.path])
        #expect(wrote.output.contains("ethics certificate.png (\(Self.scan.count) bytes, SHA-256 checked)"))
        #expect(FileManager.default.contents(atPath: back.path).map { [UInt8]($0) } == Self.scan)
        #expect(BinaryRun.mode(back) == 0o600)
        let piped = try BinaryRun.bytes(["ce", "evidence", id], store: store)
        #expect(piped.status == 0)
        #expect(piped.bytes == Self.scan)
        // Attached later to another record: a new record, the CE record as it was.
        let other = try run(["ce", "add", "jose", "--date", "2025-03-01", "--hours", "2", "--title", "WRAP", "--category", "general"])
            .output.trimmingCharacters(in: .whitespacesAndNewlines)
        let before = PeerTrackProcess.journal(store)
        let pdf = try file("wrap.pdf", Array("%PDF-1.4\n%a certificate\n".utf8))
        #expect(try run(["ce", "attach", other, pdf.path]).output.contains("is evidence for \(other)"))
        let after = PeerTrackProcess.journal(store)
        #expect(after.prefix(before.count) == before, "appended only")
        #expect(try BinaryRun.bytes(["ce", "evidence", other], store: store).bytes == [UInt8](try Data(contentsOf: pdf)))
    }

    @Test func aTamperedEvidenceFileIsDetectedByItsHash() throws {
        let id = try setUp()
        var changed = Self.scan
        changed[100] ^= 0x20
        try Data(changed).write(to: kept)
        let back = scratch.url.appendingPathComponent("back.png")
        let refused = try run(["ce", "evidence", id, "-o", back.path], expect: 1)
        #expect(refused.errors.contains("was changed or damaged after it was stored"))
        #expect(refused.errors.contains(SHA256.hex(Self.scan)))
        #expect(!FileManager.default.fileExists(atPath: back.path))
        let piped = try BinaryRun.bytes(["ce", "evidence", id], store: store)
        #expect(piped.status == 1)
        #expect(piped.bytes.isEmpty, "nothing of a changed file goes out")
    }

    @Test func evidenceNeverLeavesInATranscript() throws {
        let id = try setUp()
        let transcript = scratch.url.appendingPathComponent("jose.xml")
        try run(["export", "transcript", "jose", "-o", transcript.path])
        let xml = try String(contentsOf: transcript, encoding: .utf8)
        #expect(xml.contains("<SHA256>\(SHA256.hex(Self.scan))</SHA256>"))
        #expect(xml.contains("<FileName>ethics certificate.png</FileName>"))
        #expect(xml.contains("<Size>\(Self.scan.count)</Size>"))
        #expect(!xml.contains("EVIDENCE-BYTES-7f3a9c"))
        #expect(!xml.contains(Data(Self.scan).base64EncodedString().prefix(40)))
        #expect((try Data(contentsOf: transcript)).count < Self.scan.count, "smaller than the file it names")
        try run(["transcript", "validate", transcript.path])
        let xmllint = DocumentTool(path: "/usr/bin/xmllint")
        if xmllint.isInstalled {
            let schema = PeerTrackProcess.repository.appendingPathComponent("Sources/Transcripts/Schemas/transcript.xsd")
            let check = try xmllint.run(["--noout", "--nonet", "--schema", schema.path, transcript.path])
            #expect(check.status == 0, "xmllint: \(check.output)")
        }
        // Another agency imports it: the record names the file, which stays at the issuer.
        let elsewhere = scratch.url.appendingPathComponent("elsewhere")
        try run(["init", "--agency", "Blue Ridge Peers"], in: elsewhere)
        try run(["transcript", "import", transcript.path], in: elsewhere)
        #expect(try run(["ce", "list", "jose"], in: elsewhere).output.contains("yes"))
        let missing = try run(["ce", "evidence", id], in: elsewhere, expect: 1)
        #expect(missing.errors.contains("is not in this store: the record came from Piedmont Recovery Alliance"))
        #expect(!FileManager.default.fileExists(atPath: elsewhere.appendingPathComponent("evidence").path))
    }

    @Test func aFileThatIsNotAPDFOrImageOrIsOverTwentyMegabytesIsRefusedAndNothingIsWritten() throws {
        let id = try setUp()
        let before = PeerTrackProcess.journal(store)
        let text = try file("notes.txt", Array("Certificate: attended, 3 hours\n".utf8))
        let big = try file("big.pdf", Array("%PDF-1.7\n".utf8))
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: 20 * 1024 * 1024 + 1)
        try handle.close()
        for (arguments, message) in [
            (["ce", "attach", id, text.path], "\(text.path) cannot be evidence: it is not a PDF or an image"),
            (["ce", "attach", id, big.path], "\(big.path) cannot be evidence: it is 20.1 MB, more than the 20 MB allowed"),
            (
                ["ce", "add", "jose", "--date", "2025-04-01", "--hours", "1", "--title", "T", "--category", "general", "--evidence", text.path],
                "\(text.path) cannot be evidence"
            ),
        ] {
            let refused = try run(arguments, expect: 1)
            #expect(refused.errors.contains(message), "\(refused.errors)")
            #expect(refused.output.isEmpty)
        }
        #expect(PeerTrackProcess.journal(store) == before)
        let folders = try FileManager.default.subpathsOfDirectory(atPath: store.appendingPathComponent("evidence").path)
        #expect(folders.count == 2, "only the first file's folder and the file: \(folders)")
    }
}
