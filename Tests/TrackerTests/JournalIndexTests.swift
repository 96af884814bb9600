import Foundation
import Testing

@testable import Tracker

private func ce(_ index: Int, person: String) -> Record {
    Record(
        id: String(format: "%016x", index + 1), kind: .ce, time: "2026-11-22T12:00:00Z", account: "tester", actor: nil,
        fields: [("person", person), ("date", "2025-01-01"), ("hours", "1"), ("title", "T\(index)"), ("category", "general")])
}

private func person(_ id: String, _ index: Int) -> Record {
    Record(
        id: String(format: "%016x", 900_000 + index), kind: .person, time: "2026-11-22T12:00:00Z", account: "tester", actor: nil,
        fields: [("person", id), ("name", id), ("role", "specialist")])
}

/// A store with enough lines that its index file is written.
private func bigStore() throws -> URL {
    let store = temporaryStore()
    let journal = try Journal(directory: store)
    try journal.append((0..<5).map { person("p\($0)", $0) })
    try journal.append((0..<(Journal.saveThreshold + 100)).map { ce($0, person: "p\($0 % 5)") })
    return store
}

struct JournalIndexTests {
    @Test func theIndexKeptWhileAppendingEqualsOneRebuiltFromTheJournal() throws {
        let store = try bigStore()
        let journal = try Journal(directory: store)
        try journal.append([ce(99_999, person: "p3")])
        var (current, rebuilt) = try journal.indexes()
        _ = current.loadIDs()
        _ = rebuilt.loadIDs()
        let same = current == rebuilt
        #expect(same)
        #expect(FileManager.default.fileExists(atPath: store.appendingPathComponent(JournalIndex.fileName).path))
    }

    @Test func theIndexFileRoundTrips() throws {
        let store = try bigStore()
        let (current, _) = try Journal(directory: store).indexes()
        var read = try #require(JournalIndex(serialized: Data(current.serialized())))
        let loaded = read.loadIDs()
        #expect(loaded)
        let same = read == current
        #expect(same)
    }

    @Test func aPersonsRecordsComeFromTheirLinesOnly() throws {
        let store = try bigStore()
        let journal = try Journal(directory: store)
        let records = try journal.records(of: ["p2"])
        #expect(records.count == (Journal.saveThreshold + 100) / 5)
        #expect(records.allSatisfy { $0["person"] == "p2" })
        #expect(try journal.record(id: String(format: "%016x", 43))?["title"] == "T42")
        #expect(try journal.record(id: "ffffffffffffffff") == nil)
    }

    @Test func aStaleIndexIsCaughtUpWithWhatOthersAppended() throws {
        let store = try bigStore()
        let saved = try Data(contentsOf: store.appendingPathComponent(JournalIndex.fileName))
        do { try Journal(directory: store).append([ce(77_777, person: "p1")]) }
        // Another copy of the program appended after this index was written.
        try saved.write(to: store.appendingPathComponent(JournalIndex.fileName))
        let journal = try Journal(directory: store)
        #expect(try journal.records(of: ["p1"]).last?["title"] == "T77777")
    }

    @Test(arguments: ["damaged", "truncated", "other journal", "lying"])
    func aDamagedOrMismatchedIndexIsRebuilt(kind: String) throws {
        let store = try bigStore()
        let indexFile = store.appendingPathComponent(JournalIndex.fileName)
        var bytes = [UInt8](try Data(contentsOf: indexFile))
        switch kind {
        case "damaged": bytes[bytes.count / 2] ^= 0xFF
        case "truncated": bytes.removeLast(bytes.count / 3)
        case "other journal":
            // Same length, different last line: the tail check no longer matches.
            let journalFile = store.appendingPathComponent(Journal.fileName)
            var journal = [UInt8](try Data(contentsOf: journalFile))
            let line = RecordLine.encode(ce(424_242, person: "p4"))
            let start = journal.count - line.count
            if start > 0, journal[start - 1] == UInt8(ascii: "\n") {
                journal.replaceSubrange(start..<journal.count, with: line)
                try Data(journal).write(to: journalFile)
            }
        default:
            // A well-formed index that gives p0 the lines of p1.
            var index = try #require(JournalIndex(serialized: Data(bytes)))
            _ = index.loadIDs()
            index.people["p0"] = index.people["p1"]
            bytes = index.serialized()
        }
        try Data(bytes).write(to: indexFile)
        let journal = try Journal(directory: store)
        let records = try journal.records(of: ["p0"])
        #expect(!records.isEmpty)
        #expect(records.allSatisfy { $0["person"] == "p0" })
        #expect(try journal.record(id: String(format: "%016x", 43))?["title"] == "T42")
        var (current, rebuilt) = try journal.indexes()
        _ = current.loadIDs()
        _ = rebuilt.loadIDs()
        let same = current == rebuilt
        #expect(same)
    }

    @Test func aBadLineCoveredByTheIndexIsReportedWhenRead() throws {
        let store = try bigStore()
        let file = store.appendingPathComponent(Journal.fileName)
        var bytes = [UInt8](try Data(contentsOf: file))
        let secondLineStart = bytes.firstIndex(of: 10)! + 1
        bytes[secondLineStart + 30] ^= 0x01  // p1's person line, kept by the index
        try Data(bytes).write(to: file)
        let journal = try Journal(directory: store)
        #expect {
            _ = try journal.allRecords()
        } throws: { error in
            guard case TrackerError.corruptJournal(_, let line, _) = error else { return false }
            return line == 2
        }
        #expect(throws: TrackerError.self) { _ = try journal.rosterRecords() }
    }
}
