import Foundation
import PeerTrackCore
import Testing

@testable import Tracker

#if canImport(Glibc)
import Glibc
#endif

/// Evidence files on CE records: kept under their SHA-256 with the journal's mode, checked
/// on the way out, and refused whole when they are not a PDF or image of at most 20 MB.
struct EvidenceTests {
    let store = temporaryStore()
    let files = temporaryStore()

    init() throws {
        try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
    }

    /// A tracker on a set-up store with one specialist.
    private func tracker() throws -> Tracker {
        let tracker = try openTracker(store)
        if tracker.agency == nil {
            try tracker.initialize(agency: "Piedmont Recovery Alliance", program: nil)
            try tracker.addPerson(id: "jose", name: "José Ramírez", role: .specialist, login: nil)
        }
        return tracker
    }

    private func file(_ name: String, _ bytes: [UInt8]) throws -> URL {
        let url = files.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    private static let pdf = Array("%PDF-1.7\n% a certificate of completion\n".utf8) + (0..<200).map { UInt8($0) }

    private func addCE(_ tracker: Tracker) throws -> CERecord {
        try tracker.addCE(person: "jose", date: Day("2026-10-01")!, hours: Hours(3), title: "Ethics and boundaries", category: "ethics", provider: nil)
    }

    private func mode(_ url: URL) -> mode_t {
        var info = stat()
        stat(url.path, &info)
        return info.st_mode & 0o7777
    }

    @Test func attachingKeepsTheFileUnderItsHashAndAddsARecordWithoutChangingTheCERecord() throws {
        let tracker = try tracker()
        let ce = try addCE(tracker)
        let before = journalBytes(store)
        let attachment = try tracker.attachEvidence(try EvidenceCandidate(reading: try file("certificate.pdf", Self.pdf)), to: ce.id)
        let hash = SHA256.hex(Self.pdf)
        #expect(attachment.evidence.sha256 == hash)
        #expect(attachment.evidence.fileName == "certificate.pdf")
        #expect(attachment.evidence.size == Self.pdf.count)
        #expect(attachment.evidence.target == ce.id)
        #expect(!attachment.restored)
        let after = journalBytes(store)
        #expect(after.prefix(before.count) == before, "appended only")
        let kept = store.appendingPathComponent("evidence/\(hash.prefix(2))/\(hash.dropFirst(2))")
        #expect(FileManager.default.contents(atPath: kept.path).map { [UInt8]($0) } == Self.pdf)
        #expect(mode(kept) == 0o600)
        #expect(mode(kept.deletingLastPathComponent()) == 0o700)
        #expect(try tracker.history(of: "jose").evidence(of: ce.id) == [attachment.evidence])
        #expect(try tracker.evidenceFile(ce.id).bytes == Self.pdf)
        #expect(try tracker.evidenceFile(attachment.evidence.id).bytes == Self.pdf)
        // No temporary file is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: kept.deletingLastPathComponent().path) == [String(hash.dropFirst(2))])
    }

    @Test func aSharedStoreKeepsEvidenceReadableByItsGroup() throws {
        try FileManager.default.createDirectory(at: store, withIntermediateDirectories: true)
        chmod(store.path, 0o2770)
        let tracker = try tracker()
        let ce = try addCE(tracker)
        let evidence = try tracker.attachEvidence(try EvidenceCandidate(reading: try file("scan.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3])), to: ce.id).evidence
        let kept = store.appendingPathComponent("evidence/\(evidence.sha256.prefix(2))/\(evidence.sha256.dropFirst(2))")
        #expect(mode(kept) == 0o660)
        #expect(mode(kept.deletingLastPathComponent()) == 0o2770)
        #expect(mode(store.appendingPathComponent("evidence")) == 0o2770)
    }

    @Test func addingCEWithEvidenceWritesBothRecordsInOneAppend() throws {
        let tracker = try tracker()
        let (ce, evidence) = try tracker.addCE(
            person: "jose", date: Day("2026-10-01")!, hours: Hours(2), title: "WRAP", category: "general", provider: "UNC",
            evidence: try EvidenceCandidate(reading: try file("wrap.pdf", Self.pdf)))
        #expect(evidence.target == ce.id)
        let history = try tracker.history(of: "jose")
        #expect(history.records.suffix(2).map(\.kind) == [.ce, .evidence])
        #expect(history.evidence(of: ce.id).map(\.sha256) == [SHA256.hex(Self.pdf)])
    }

    @Test(arguments: [
        ("notes.txt", Array("just some notes\n".utf8), TrackerError.EvidenceProblem.notPDFOrImage),
        ("empty.pdf", [], .empty),
        ("renamed.pdf", Array("<html>not really a PDF</html>".utf8), .notPDFOrImage),
    ])
    func aFileThatIsNotAPDFOrImageIsRefusedAndNothingIsWritten(name: String, bytes: [UInt8], problem: TrackerError.EvidenceProblem) throws {
        let tracker = try tracker()
        let ce = try addCE(tracker)
        let before = journalBytes(store)
        let url = try file(name, bytes)
        #expect(throws: TrackerError.evidenceRefused(file: url.path, problem: problem)) { try tracker.attachEvidence(try EvidenceCandidate(reading: url), to: ce.id) }
        #expect(throws: TrackerError.evidenceRefused(file: url.path, problem: problem)) {
            try tracker.addCE(person: "jose", date: Day("2026-10-02")!, hours: Hours(1), title: "T", category: "general", provider: nil, evidence: try EvidenceCandidate(reading: url))
        }
        #expect(journalBytes(store) == before)
        #expect(!FileManager.default.fileExists(atPath: store.appendingPathComponent("evidence").path))
    }

    @Test func aFileOverTwentyMegabytesIsRefusedBeforeItIsRead() throws {
        let tracker = try tracker()
        let ce = try addCE(tracker)
        let before = journalBytes(store)
        let url = try file("huge.pdf", Array("%PDF-1.7\n".utf8))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(EvidenceKind.maximumSize + 1))
        try handle.close()
        let refusal = TrackerError.evidenceRefused(file: url.path, problem: .tooLarge(size: EvidenceKind.maximumSize + 1, limit: EvidenceKind.maximumSize))
        #expect(throws: refusal) { try tracker.attachEvidence(try EvidenceCandidate(reading: url), to: ce.id) }
        #expect(refusal.description.contains("it is 20.1 MB, more than the 20 MB allowed"))
        #expect(throws: TrackerError.evidenceRefused(file: files.path, problem: .notAFile(.folder))) { try tracker.attachEvidence(try EvidenceCandidate(reading: files), to: ce.id) }
        #expect(journalBytes(store) == before)
    }

    @Test func aChangedFileIsFoundOutByItsHash() throws {
        let tracker = try tracker()
        let ce = try addCE(tracker)
        let evidence = try tracker.attachEvidence(try EvidenceCandidate(reading: try file("certificate.pdf", Self.pdf)), to: ce.id).evidence
        let kept = store.appendingPathComponent("evidence/\(evidence.sha256.prefix(2))/\(evidence.sha256.dropFirst(2))")
        var changed = Self.pdf
        changed[20] ^= 0x01
        try Data(changed).write(to: kept)
        #expect(throws: TrackerError.evidenceDamaged(record: ce.id, path: kept.path, expected: evidence.sha256, found: SHA256.hex(changed))) {
            try tracker.evidenceFile(ce.id)
        }
        // Attaching the original again puts it back, without a new record.
        let records = try tracker.history(of: "jose").records.count
        #expect(try tracker.attachEvidence(try EvidenceCandidate(reading: try file("again.pdf", Self.pdf)), to: ce.id).restored)
        #expect(try tracker.history(of: "jose").records.count == records)
        #expect(try tracker.evidenceFile(ce.id).bytes == Self.pdf)
        #expect(throws: TrackerError.evidenceAlreadyAttached(record: ce.id, evidence: evidence.id)) {
            try tracker.attachEvidence(try EvidenceCandidate(reading: try file("third.pdf", Self.pdf)), to: ce.id)
        }
        try FileManager.default.removeItem(at: kept)
        #expect(throws: TrackerError.evidenceMissing(record: ce.id, sha256: evidence.sha256, origin: nil)) { try tracker.evidenceFile(ce.id) }
    }

    @Test func aRecordWithoutEvidenceOrOfAnotherKindIsSaidSo() throws {
        let tracker = try tracker()
        let ce = try addCE(tracker)
        #expect(throws: TrackerError.noEvidence(record: ce.id)) { try tracker.evidenceFile(ce.id) }
        let training = try tracker.addTraining(person: "jose", course: "WRAP", date: Day("2026-10-01")!, hours: nil)
        #expect(throws: TrackerError.unknownRecord(training.stamp.id, expected: "CE")) {
            try tracker.attachEvidence(try EvidenceCandidate(reading: try file("c.pdf", Self.pdf)), to: training.stamp.id)
        }
    }

    @Test func aFailedWriteLeavesNoFileAndNoRecord() throws {
        let tracker = try tracker()
        let ce = try addCE(tracker)
        let before = journalBytes(store)
        var calls = SystemCalls()
        calls.write = { _, _, _ in
            errno = ENOSPC
            return -1
        }
        let url = try file("certificate.pdf", Self.pdf)
        #expect(throws: TrackerError.self) { try SystemCalls.$current.withValue(calls) { try tracker.attachEvidence(try EvidenceCandidate(reading: url), to: ce.id) } }
        #expect(journalBytes(store) == before)
        let hash = SHA256.hex(Self.pdf)
        let folder = store.appendingPathComponent("evidence/\(hash.prefix(2))")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "no temporary file left")
    }

    @Test(arguments: [
        (Array("%PDF-1.4".utf8), EvidenceKind.pdf), ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], .png), ([0xFF, 0xD8, 0xFF, 0xE0], .jpeg),
        (Array("GIF89a".utf8), .gif), ([0x49, 0x49, 0x2A, 0x00], .tiff), ([0x4D, 0x4D, 0x00, 0x2A], .tiff),
        (Array("RIFF\u{0}\u{0}\u{0}\u{0}WEBP".utf8), .webp), (Array("\u{0}\u{0}\u{0}\u{18}ftypheic".utf8), .heic),
    ])
    func filesAreToldByTheirFirstBytes(bytes: [UInt8], kind: EvidenceKind) {
        #expect(EvidenceKind(leadingBytes: bytes) == kind)
        #expect(EvidenceKind(leadingBytes: Array(bytes.dropFirst())) == nil)
    }
}
