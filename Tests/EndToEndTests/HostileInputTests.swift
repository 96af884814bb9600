import Foundation
import PeerTrackCore
import Testing

@testable import Tracker

#if canImport(Glibc)
import Glibc
#endif

/// Files a user names that are not what they seem: a FIFO, a folder, a device, a name
/// holding terminal control. Nothing hangs, nothing holds the store's lock while waiting,
/// and a refusal names the file and what it is.
struct HostileInputTests {
    private let scratch = ScratchFolder()
    var store: URL { scratch.url.appendingPathComponent("store") }

    @discardableResult
    private func run(_ arguments: [String], expect status: Int32 = 0) throws -> PeerTrackProcess.Result {
        let bounded = try PeerTrackProcess.run(arguments, store: store, user: "admin", within: 20)
        guard let result = bounded.result else {
            Issue.record("\(arguments) still ran after 20 s and was killed")
            return PeerTrackProcess.Result(status: -1, output: "", errors: "")
        }
        #expect(result.status == status, "\(arguments): \(result.output) \(result.errors)")
        return result
    }

    private func setUp() throws -> String {
        try run(["init", "--agency", "Piedmont Recovery Alliance"])
        try run(["person", "add", "jose", "--name", "José Ramírez"])
        try run(["certify", "jose", "--date", "2024-03-15", "--override", "certified before this store was kept"])
        return try run(["ce", "add", "jose", "--date", "2025-02-01", "--hours", "3", "--title", "Ethics", "--category", "ethics"])
            .output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func fifo(_ name: String) -> String {
        let path = scratch.url.appendingPathComponent(name).path
        #expect(mkfifo(path, 0o600) == 0)
        return path
    }

    @Test func aFIFONamedAsAnInputIsRefusedAtOnceAndTheStoreStaysFree() throws {
        let id = try setUp()
        let before = PeerTrackProcess.journal(store)
        let pipe = fifo("ev.pdf")
        let attempts: [[String]] = [
            ["ce", "attach", id, pipe],
            ["ce", "add", "jose", "--date", "2025-02-01", "--hours", "1", "--title", "T", "--category", "ethics", "--evidence", pipe],
            ["ce", "import", pipe], ["person", "import", pipe], ["transcript", "import", pipe], ["transcript", "validate", pipe],
        ]
        for arguments in attempts {
            let result = try run(arguments, expect: 1)
            let said = result.output + result.errors
            #expect(said.contains(pipe) && said.contains("is a FIFO"), "\(arguments): \(said)")
            #expect(PeerTrackProcess.journal(store) == before)
        }
        // The store answers at once afterwards.
        #expect(try run(["ce", "list", "jose"]).output.contains("Ethics"))
    }

    @Test func aFolderOrADeviceNamedAsEvidenceIsCalledWhatItIs() throws {
        let id = try setUp()
        #expect(try run(["ce", "attach", id, scratch.url.path], expect: 1).errors.contains("is a folder"))
        #expect(try run(["ce", "attach", id, "/dev/null"], expect: 1).errors.contains("is a device"))
    }

    @Test(arguments: ["esc\u{1B}]0;pwned\u{07}.png", "rlo\u{202E}gnp.exe.png", "del\u{7F}.png", "tab\t.png", "lf\n.png"])
    func anEvidenceFileNameWithControlCharactersIsRefusedNamingTheField(name: String) throws {
        let id = try setUp()
        let before = PeerTrackProcess.journal(store)
        let url = scratch.url.appendingPathComponent(name)
        try Data(EvidenceEndToEndTests.scan).write(to: url)
        let result = try run(["ce", "attach", id, url.path], expect: 1)
        #expect(result.errors.contains("file name"), "\(result.errors)")
        #expect(!result.errors.unicodeScalars.contains { SafeText.isUnsafe($0) && $0 != "\n" })
        #expect(PeerTrackProcess.journal(store) == before)
    }

    @Test func anOldEvidenceRecordWithABadNameStillExports() throws {
        let id = try setUp()
        // An older PeerTrack took any name: such a record is in the journal for good.
        try StoreFiller.fill(store) { tracker in
            let ce = try #require(try tracker.storedRecord(id))
            try tracker.append([Record(
                id: "0000000000000bad", kind: .evidence, time: "2025-02-02T10:00:00Z", account: "admin", actor: nil,
                fields: [
                    ("target", ce.id), ("person", "jose"), ("sha256", SHA256.hex(EvidenceEndToEndTests.scan)),
                    ("name", "scan\u{1B}[2J\u{202E}\u{7F}\t.png"), ("size", String(EvidenceEndToEndTests.scan.count)),
                ])])
        }
        let transcript = scratch.url.appendingPathComponent("jose.xml").path
        try run(["export", "transcript", "jose", "-o", transcript])
        try run(["transcript", "validate", transcript])
        let agency = scratch.url.appendingPathComponent("agency.xml").path
        try run(["export", "agency", "-o", agency])
        try run(["transcript", "validate", agency])
        let list = try run(["ce", "list", "jose"])
        #expect(!list.output.unicodeScalars.contains { SafeText.isUnsafe($0) && $0 != "\n" })
    }
}
