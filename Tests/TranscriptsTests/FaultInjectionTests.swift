import Foundation
import PeerTrackCore
import Testing
import Transcripts

@testable import Tracker

#if canImport(Glibc)
import Glibc
#endif

/// Counts every write-path system call, and fails the `failAt`-th with `code`.
private final class Injector: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    let failAt: Int
    let code: Int32

    init(failAt: Int = 0, code: Int32 = 0) {
        self.failAt = failAt
        self.code = code
    }

    var calls: Int { lock.withLock { count } }

    private func fails() -> Bool {
        lock.withLock {
            count += 1
            return count == failAt
        }
    }

    var systemCalls: SystemCalls {
        let real = SystemCalls()
        var calls = SystemCalls()
        calls.open = { [self] in if fails() { errno = code; return -1 }; return real.open($0, $1, $2) }
        calls.write = { [self] in if fails() { errno = code; return -1 }; return real.write($0, $1, $2) }
        calls.fsync = { [self] in if fails() { errno = code; return -1 }; return real.fsync($0) }
        calls.fdatasync = { [self] in if fails() { errno = code; return -1 }; return real.fdatasync($0) }
        calls.ftruncate = { [self] in if fails() { errno = code; return -1 }; return real.ftruncate($0, $1) }
        calls.rename = { [self] in if fails() { errno = code; return -1 }; return real.rename($0, $1) }
        return calls
    }
}

/// Every system call of every write path, failed in turn with ENOSPC and with EIO: the
/// command fails with a clear message, the journal is as it was (or has exactly the new
/// records), no temporary file is left, and every later command works.
struct FaultInjectionTests {
    let scratch = Scratch()

    /// A store to copy for each run, and a transcript of another agency to import.
    func base() throws -> (store: URL, transcript: URL, ceID: String) {
        let store = scratch.path("base")
        var ceID = ""
        do {
            let tracker = try makeAgency(store)
            ceID = try tracker.addCE(person: "ana", date: Day("2025-06-01")!, hours: Hours(2), title: "To verify", category: "general", provider: nil).id
        }
        let other = scratch.path("other")
        do {
            let tracker = try makeAgency(other, name: "New Dawn")
            try tracker.addPerson(id: "zed", name: "Zed Moss", role: .specialist, login: nil)
        }
        let transcript = scratch.path("other.xml")
        _ = try exportFile(try openTracker(other), to: transcript)
        return (store, transcript, ceID)
    }

    static let operations: [String] = ["ce add", "verify", "transcript import", "export -o", "index rebuild"]

    func run(_ operation: String, store: URL, transcript: URL, ceID: String, output: URL) throws {
        switch operation {
        case "ce add":
            _ = try openTracker(store).addCE(person: "ana", date: Day("2025-07-01")!, hours: Hours(1), title: "New", category: "general", provider: nil)
        case "verify":
            _ = try openTracker(store).verify(record: ceID, as: "sam")
        case "transcript import":
            _ = try TranscriptExchange(tracker: try openTracker(store)).importTranscript(try TranscriptReader().read(contentsOf: transcript))
        case "export -o":
            _ = try exportFile(try openTracker(store), to: output)
        default:
            try openTracker(store).journal.rebuildIndex()
        }
    }

    @Test(arguments: operations)
    func everyCallOfTheWritePathFailsCleanly(operation: String) throws {
        let (base, transcript, ceID) = try base()
        let counting = Injector()
        let dry = scratch.path("dry-\(operation)")
        try FileManager.default.copyItem(at: base, to: dry)
        try SystemCalls.$current.withValue(counting.systemCalls) {
            try run(operation, store: dry, transcript: transcript, ceID: ceID, output: scratch.path("dry.xml"))
        }
        let total = counting.calls
        #expect(total >= 3, "\(operation) makes \(total) write-path calls")
        for code in [ENOSPC, EIO] {
            for call in 1...total {
                let label = "\(operation), call \(call) of \(total) failing with \(code == ENOSPC ? "ENOSPC" : "EIO")"
                let store = scratch.path("run-\(operation)-\(code)-\(call)")
                let exports = scratch.path("out-\(operation)-\(code)-\(call)")
                try FileManager.default.copyItem(at: base, to: store)
                try FileManager.default.createDirectory(at: exports, withIntermediateDirectories: true)
                let output = exports.appendingPathComponent("export.xml")
                let before = journalBytes(store)
                var failure: Error?
                do {
                    try SystemCalls.$current.withValue(Injector(failAt: call, code: code).systemCalls) {
                        try run(operation, store: store, transcript: transcript, ceID: ceID, output: output)
                    }
                } catch {
                    failure = error
                }
                if let failure {
                    let message = "\(failure)"
                    #expect(message.contains(store.path) || message.contains(exports.path), "\(label): the message names the place: \(message)")
                }
                let after = journalBytes(store)
                #expect(after == before || (after.starts(with: before) && failure == nil), "\(label): the journal is as it was, or has the new records")
                let leftovers = ((try? FileManager.default.contentsOfDirectory(atPath: store.path)) ?? [])
                    + ((try? FileManager.default.contentsOfDirectory(atPath: exports.path)) ?? [])
                #expect(!leftovers.contains { $0.contains(".tmp") || $0.hasPrefix("recovered-") }, "\(label): left \(leftovers)")
                // Once the fault is gone, reading and writing work.
                let later = try openTracker(store)
                #expect(later.warnings.isEmpty, "\(label): \(later.warnings)")
                #expect(try later.standings(on: Day("2025-12-01")!).count == 3)
                _ = try later.addCE(person: "lee", date: Day("2025-08-01")!, hours: Hours(1), title: "Later", category: "general", provider: nil)
            }
        }
    }
}
