import Foundation
import PeerTrackCore
import Testing

@testable import Tracker

#if canImport(Glibc)
import Glibc
#endif

/// System calls that fail from the Nth call of one kind on, with a chosen errno.
private func failing(_ kind: String, at call: Int, errno code: Int32) -> SystemCalls {
    let counter = Counter()
    var calls = SystemCalls()
    let real = SystemCalls()
    let shouldFail: @Sendable () -> Bool = { counter.next() >= call }
    switch kind {
    case "write":
        calls.write = { descriptor, bytes, count in
            if shouldFail() {
                // A short write first, as a disk that fills part-way gives.
                if count > 1, counter.value == call { return real.write(descriptor, bytes, count / 2) }
                errno = code
                return -1
            }
            return real.write(descriptor, bytes, count)
        }
    case "fsync":
        calls.fsync = { descriptor in
            if shouldFail() { errno = code; return -1 }
            return real.fsync(descriptor)
        }
    default:
        calls.open = { path, flags, mode in
            if shouldFail() { errno = code; return -1 }
            return real.open(path, flags, mode)
        }
    }
    return calls
}

private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var value = 0
    func next() -> Int { lock.withLock { value += 1; return value } }
}

struct FailingDiskTests {
    @Test(arguments: [("write", ENOSPC), ("write", EIO), ("write", EDQUOT), ("fsync", EIO)])
    func aFailedAppendIsCutBackAndSaysWhatHappened(call: String, code: Int32) throws {
        let store = temporaryStore()
        do { try Journal(directory: store).append([record(1), record(2)]) }
        let before = journalBytes(store)
        do {
            let journal = try Journal(directory: store)
            #expect {
                try SystemCalls.$current.withValue(failing(call, at: 1, errno: code)) { try journal.append([record(3), record(4)]) }
            } throws: { error in
                guard case TrackerError.appendFailed(_, let errno, true) = error else { return false }
                let text = "\(error)"
                return errno == code && text.contains(store.path) && text.contains("nothing was recorded")
            }
        }
        #expect(journalBytes(store) == before, "cut back to the length before the append")
        // Nothing torn is left, so no later command finds anything to set aside.
        let reopened = try Journal(directory: store)
        #expect(reopened.warnings.isEmpty)
        try reopened.append([record(5)])
        #expect(try reopened.allRecords() == [record(1), record(2), record(5)])
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.path).allSatisfy { !$0.hasPrefix("recovered-") })
    }

    @Test func aFullDiskMessageSaysWhatToDo() {
        let error = TrackerError.appendFailed(directory: "/srv/store", errno: ENOSPC, cutBack: true)
        #expect("\(error)" == "the disk holding /srv/store is full: nothing was recorded; free space and try again")
    }

    @Test func aTornTailThatCannotBeSetAsideBlocksTheAppendAndStaysWhereItIs() throws {
        let store = temporaryStore()
        do { try Journal(directory: store).append([record(1)]) }
        let torn = journalBytes(store) + Data("partial".utf8)
        try torn.write(to: store.appendingPathComponent(Journal.fileName))
        let journal = try Journal(directory: store)
        #expect(throws: TrackerError.self) {
            try SystemCalls.$current.withValue(failing("open", at: 1, errno: ENOSPC)) { try journal.append([record(2)]) }
        }
        #expect(journalBytes(store) == torn)
        #expect(try journal.allRecords() == [record(1)], "reading still works")
    }
}

/// A real full file system: a small tmpfs mounted for the test (root only; skipped otherwise).
@Suite(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/bin/mount"), "needs root to mount a small tmpfs"))
struct FullDiskTests {
    @Test func aFullDiskRefusesTheAppendLeavesTheJournalAndStillReads() throws {
        let mountPoint = temporaryStore()
        try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
        func sh(_ arguments: [String]) -> Int32 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: arguments[0])
            process.arguments = Array(arguments.dropFirst())
            try? process.run()
            process.waitUntilExit()
            return process.terminationStatus
        }
        guard sh(["/bin/mount", "-t", "tmpfs", "-o", "size=200k", "tmpfs", mountPoint.path]) == 0 else {
            // A sandbox may forbid mounting even to root: say so, as a skip would.
            print("FullDiskTests: skipped: could not mount a tmpfs at \(mountPoint.path)")
            return
        }
        defer { _ = sh(["/bin/umount", mountPoint.path]) }
        let store = mountPoint.appendingPathComponent("store")
        let filler = mountPoint.appendingPathComponent("filler")
        try Data(count: 64 * 1024).write(to: filler)
        var acknowledged: [String] = []
        var refusal: TrackerError?
        do {
            let tracker = try openTracker(store)
            try tracker.initialize(agency: "Hope Works", program: nil)
            try tracker.addPerson(id: "ana", name: "Ana Diaz", role: .specialist, login: nil)
            for index in 0..<5_000 {
                let before = journalBytes(store)
                do {
                    acknowledged.append(try tracker.addCE(
                        person: "ana", date: Day("2025-02-01")!, hours: Hours(1), title: "Training \(index) " + String(repeating: "x", count: 200),
                        category: "general", provider: nil).id)
                } catch let error as TrackerError {
                    refusal = error
                    #expect(journalBytes(store) == before, "the refused append leaves the journal as it was")
                    break
                }
            }
        }
        let error = try #require(refusal, "the disk never filled")
        #expect("\(error)".contains("is full: nothing was recorded; free space and try again"), "\(error)")
        // Reading works while the disk is full, and sees every acknowledged record.
        do {
            let reader = try openTracker(store)
            #expect(reader.warnings.isEmpty, "nothing was torn")
            #expect(try reader.history(of: "ana").continuingEducation.map(\.id) == acknowledged)
            #expect(try reader.status(of: "ana", on: Day("2025-12-01")!).state == .notCertified)
        }
        // Space freed: the next append works, and nothing needs recovering.
        try FileManager.default.removeItem(at: filler)
        let writer = try openTracker(store)
        _ = try writer.addCE(person: "ana", date: Day("2025-02-02")!, hours: Hours(1), title: "After", category: "general", provider: nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.path).allSatisfy { !$0.hasPrefix("recovered-") })
    }
}
