import Foundation
import PeerTrackCore
import Testing

@testable import Tracker

/// The all-or-nothing append of an import: staged lines reach the journal together, and an
/// append cut short (the process killed after the marker was written) is taken off when
/// the store next opens.
struct StagedAppendTests {
    @Test func stagedRecordsReachTheJournalTogetherAndTheStagingFileGoes() throws {
        let store = temporaryStore()
        let journal = try Journal(directory: store)
        try journal.append([record(1)])
        let staging = try StagingFile(directory: store, mode: 0o600)
        for index in 2...5_000 { try staging.append(record(index)) }
        try journal.appendStaged(staging)
        staging.discard()
        #expect(try journal.allRecords() == (1...5_000).map { record($0) })
        #expect(try journal.record(id: record(4_321).id) == record(4_321))
        let left = try FileManager.default.contentsOfDirectory(atPath: store.path).sorted()
        #expect(left == [JournalIndex.fileName, Journal.fileName])
        let (current, rebuilt) = try journal.indexes()
        #expect(current == rebuilt)
    }

    @Test(arguments: [0, 1, 2, 57])
    func anAppendCutShortIsTakenOffWhenTheStoreOpens(linesWritten: Int) throws {
        let store = temporaryStore()
        do { try Journal(directory: store).append([record(1), record(2)]) }
        let before = journalBytes(store)
        // What a process killed mid-append leaves: the marker, some whole lines, a torn one.
        try PendingAppend.begin(size: before.count, directory: store, mode: 0o600)
        var partial: [UInt8] = []
        for index in 0..<linesWritten { RecordLine.encode(record(100 + index), into: &partial) }
        RecordLine.encode(record(999), into: &partial)
        partial.removeLast(7)
        let handle = try FileHandle(forWritingTo: store.appendingPathComponent(Journal.fileName))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(partial))
        try handle.close()

        let journal = try Journal(directory: store)
        #expect(journalBytes(store) == before, "the journal is as it was before the import")
        #expect(try journal.allRecords() == [record(1), record(2)])
        #expect(journal.warnings.contains { $0.contains("an import was interrupted") }, "\(journal.warnings)")
        #expect(!FileManager.default.fileExists(atPath: PendingAppend.url(in: store).path))
        try journal.append([record(3)])
        #expect(try journal.allRecords() == [record(1), record(2), record(3)])
    }

    @Test func aFinishedAppendWithItsMarkerGoneIsKept() throws {
        let store = temporaryStore()
        do {
            let journal = try Journal(directory: store)
            let staging = try StagingFile(directory: store, mode: 0o600)
            try staging.append(record(1))
            try journal.appendStaged(staging)
        }
        let journal = try Journal(directory: store)
        #expect(try journal.allRecords() == [record(1)])
        #expect(journal.warnings.isEmpty)
    }

    @Test func aStagingFileLeftByAKilledImportIsRemovedWhenTheStoreOpens() throws {
        let store = temporaryStore()
        do { try Journal(directory: store).append([record(1)]) }
        let left = store.appendingPathComponent("staging-12345-678.import")
        #expect(FileManager.default.createFile(atPath: left.path, contents: Data("leftover\n".utf8)))
        _ = try Journal(directory: store)
        #expect(!FileManager.default.fileExists(atPath: left.path))
    }

    @Test func aMarkerThatDoesNotMatchTheJournalIsIgnoredAndCutsNothing() throws {
        let store = temporaryStore()
        do { try Journal(directory: store).append([record(1), record(2)]) }
        let before = journalBytes(store)
        try PendingAppend.begin(size: 5, directory: store, mode: 0o600)
        let journal = try Journal(directory: store)
        #expect(journalBytes(store) == before)
        #expect(try journal.allRecords() == [record(1), record(2)])
        #expect(journal.warnings.contains { $0.contains("does not match the journal") })
    }
}
