import Foundation
import PeerTrackCore
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `-o FILE` writes only what it may: never a file of the store (whatever path leads
/// there), never over a device, FIFO or socket; the refusal is exit 1 with a clear message
/// and nothing is changed.
struct OutputTargetTests {
    private let scratch = ScratchFolder()
    var store: URL { scratch.url.appendingPathComponent("store") }

    @discardableResult
    private func run(_ arguments: [String], expect status: Int32 = 0) throws -> PeerTrackProcess.Result {
        let result = try PeerTrackProcess.run(arguments, store: store, user: "admin")
        #expect(result.status == status, "\(arguments): \(result.errors)")
        return result
    }

    /// Every command with `-o`, writing to `target`.
    private func writers(_ record: String, to target: String) -> [[String]] {
        [
            ["report", "html", "-o", target], ["export", "agency", "-o", target], ["export", "transcript", "ana", "-o", target],
            ["certificate", record, "-o", target], ["export", "packet", "ana", "-o", target], ["ce", "evidence", record, "-o", target],
            ["curriculum", "import", PeerTrackProcess.repository.appendingPathComponent("Tests/QuestionBanksTests/Fixtures/forms.gift").path,
             "--quiz", "hostile-import", "--module", "ethics", "-o", target],
            ["curriculum", "export", "ethics-quiz", "--format", "gift", "-o", target],
        ]
    }

    private func setUp() throws -> String {
        try run(["init", "--agency", "Hope Works"])
        try run(["person", "add", "ana", "--name", "Ana Diaz"])
        try run(["certify", "ana", "--date", "2024-03-15", "--override", "certified before this store was kept"])
        let scan = scratch.url.appendingPathComponent("scan.png")
        try Data(EvidenceEndToEndTests.scan).write(to: scan)
        return try run([
            "ce", "add", "ana", "--date", "2025-02-01", "--hours", "3", "--title", "Ethics", "--category", "ethics", "--evidence", scan.path,
        ]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Every file in the store with its bytes.
    private func snapshot() -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: store, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            if let data = FileManager.default.contents(atPath: url.path) { files[url.path] = data }
        }
        return files
    }

    @Test func theJournalTheIndexAndAnythingInTheStoreAreRefused() throws {
        let record = try setUp()
        try run(["ce", "list", "ana"])
        let index = try #require(
            try FileManager.default.contentsOfDirectory(atPath: store.path).first { $0.hasPrefix("index") || $0.hasSuffix(".idx") },
            "the store has an index file")
        let link = scratch.url.appendingPathComponent("innocent").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: store.path)
        let targets = [
            store.appendingPathComponent("journal.log").path, store.appendingPathComponent(index).path,
            store.appendingPathComponent("new-file.html").path, link + "/journal.log",
            store.appendingPathComponent("evidence/../journal.log").path,
        ]
        let before = snapshot()
        for target in targets {
            for arguments in writers(record, to: target) {
                let result = try run(arguments, expect: 1)
                #expect(result.errors.contains("is in the store"), "\(arguments): \(result.errors)")
            }
        }
        #expect(snapshot() == before)
        #expect(try run(["ce", "list", "ana"]).output.contains("Ethics"))
    }

    @Test func aFIFOOrAFolderIsNeverReplaced() throws {
        let record = try setUp()
        let pipe = scratch.url.appendingPathComponent("pipe").path
        #expect(mkfifo(pipe, 0o600) == 0)
        for arguments in writers(record, to: pipe) {
            let bounded = try PeerTrackProcess.run(arguments, store: store, user: "admin", within: 20)
            let result = try #require(bounded.result, "\(arguments) was still running after 20 s")
            #expect(result.status == 1 && result.errors.contains("is a FIFO"), "\(arguments): \(result.errors)")
            var info = stat()
            #expect(lstat(pipe, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "\(arguments) replaced the FIFO")
        }
        for arguments in writers(record, to: scratch.url.path) {
            #expect(try run(arguments, expect: 1).errors.contains("is a folder"))
        }
    }

    @Test func aCharacterDeviceIsNeverReplaced() throws {
        guard getuid() == 0 else {
            print("OutputTargetTests: skipped the character device case: mknod needs root, and this runs as uid \(getuid())")
            return
        }
        let record = try setUp()
        let device = scratch.url.appendingPathComponent("full").path
        #expect(mknod(device, S_IFCHR | 0o666, dev_t((1 << 8) | 7)) == 0, "mknod: \(String(cString: strerror(errno)))")
        for arguments in writers(record, to: device) {
            let result = try run(arguments, expect: 1)
            #expect(result.errors.contains("is a device"), "\(arguments): \(result.errors)")
            var info = stat()
            #expect(lstat(device, &info) == 0 && info.st_mode & S_IFMT == S_IFCHR, "\(arguments) replaced the device")
        }
    }

    @Test func anOrdinaryFileOutsideTheStoreIsStillWritten() throws {
        let record = try setUp()
        let target = scratch.url.appendingPathComponent("out.pdf").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        try run(["certificate", record, "-o", target])
        #expect(FileManager.default.contents(atPath: target).map { $0.starts(with: Data("%PDF".utf8)) } == true)
    }
}
