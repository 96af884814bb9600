import Foundation
import Testing

@testable import Tracker

#if canImport(Glibc)
import Glibc
#endif


struct JournalTests {
    @Test func recordsSurviveReopeningWithEscapedText() throws {
        let store = temporaryStore()
        let tricky = "tab\there, newline\nthere, back\\slash, equals=sign, ünïcode"
        do {
            let journal = try Journal(directory: store)
            try journal.append([record(1), record(2, text: tricky)])
        }
        let reopened = try Journal(directory: store)
        #expect(try reopened.allRecords() == [record(1), record(2, text: tricky)])
        #expect(reopened.warnings.isEmpty)
    }

    @Test func storeIsOwnerOnlyWhateverTheUmask() throws {
        let store = temporaryStore()
        let previous = umask(0)
        defer { umask(previous) }
        let journal = try Journal(directory: store)
        try journal.append([record(1)])
        let folder = try FileManager.default.attributesOfItem(atPath: store.path)[.posixPermissions] as? Int
        let file = try FileManager.default.attributesOfItem(atPath: journal.file.path)[.posixPermissions] as? Int
        #expect(folder == 0o700)
        #expect(file == 0o600)
    }

    @Test func aTornLastLineIsIgnoredByReadingAndSetAsideByTheNextAppendAtEveryByteOffset() throws {
        let store = temporaryStore()
        do { try Journal(directory: store).append([record(1), record(2)]) }
        let whole = journalBytes(store)
        let lastLine = RecordLine.encode(record(3))
        for cut in 1..<lastLine.count {
            try? FileManager.default.removeItem(at: store)
            try FileManager.default.createDirectory(at: store, withIntermediateDirectories: true)
            let torn = whole + Data(lastLine[..<cut])
            try torn.write(to: store.appendingPathComponent(Journal.fileName))
            func recovered() throws -> [String] {
                try FileManager.default.contentsOfDirectory(atPath: store.path).filter { $0.hasPrefix("recovered-") }
            }
            do {
                // Reading never writes: the tail is ignored in memory and noted once.
                let journal = try Journal(directory: store)
                #expect(try journal.allRecords() == [record(1), record(2)], "cut at \(cut)")
                #expect(journal.warnings.count == 1, "cut at \(cut)")
                #expect(journalBytes(store) == torn, "cut at \(cut)")
                #expect(try recovered().isEmpty)
            }
            // The next append sets it aside, then appends.
            let journal = try Journal(directory: store)
            try journal.append([record(4)])
            #expect(journalBytes(store) == whole + Data(RecordLine.encode(record(4))), "cut at \(cut)")
            #expect(try recovered().count == 1)
            let saved = try Data(contentsOf: store.appendingPathComponent(try recovered()[0]))
            #expect(saved == Data(lastLine[..<cut]), "cut at \(cut)")
            #expect(try journal.allRecords() == [record(1), record(2), record(4)])
        }
    }

    @Test func aBadChecksumOnTheLastCompleteLineIsSetAside() throws {
        let store = temporaryStore()
        do { try Journal(directory: store).append([record(1), record(2)]) }
        var bytes = [UInt8](journalBytes(store))
        bytes[bytes.count - 3] ^= 0x01
        try Data(bytes).write(to: store.appendingPathComponent(Journal.fileName))
        let journal = try Journal(directory: store)
        #expect(try journal.allRecords() == [record(1)])
        #expect(journal.warnings.first?.contains("checksum") == true)
        #expect(journalBytes(store) == Data(bytes), "reading leaves the file as it is")
    }

    @Test func aBadLineInTheMiddleStopsEverythingAndChangesNothing() throws {
        let store = temporaryStore()
        do { try Journal(directory: store).append([record(1), record(2), record(3)]) }
        var bytes = [UInt8](journalBytes(store))
        let secondLine = bytes.firstIndex(of: 10)! + 20
        bytes[secondLine] ^= 0x01
        try Data(bytes).write(to: store.appendingPathComponent(Journal.fileName))
        #expect {
            try Journal(directory: store)
        } throws: { error in
            guard case TrackerError.corruptJournal(_, let line, _) = error else { return false }
            return line == 2
        }
        #expect(journalBytes(store) == Data(bytes))
    }

    @Test func piecesReadOnSeveralThreadsComeBackInJournalOrder() throws {
        let store = temporaryStore()
        do { try Journal(directory: store).append((1...500).map { record($0, text: $0 % 7 == 0 ? "tab\there" : "plain") }) }
        let journal = try Journal(directory: store)
        var seen: [Record] = []
        var pieces = 0
        // Pieces of 300 bytes hold two or three lines each.
        try journal.pipelineRecords(chunk: 300, { $0 }, consume: { seen += $0; pieces += 1 })
        #expect(seen == (1...500).map { record($0, text: $0 % 7 == 0 ? "tab\there" : "plain") })
        #expect(pieces > 100)
    }

    @Test func aBadLineFoundByAPieceReaderIsNamedByItsNumber() throws {
        let store = temporaryStore()
        // Enough records for the index to be saved, so that opening trusts it and does not
        // read the damaged line itself.
        do { try Journal(directory: store).append((1...2_100).map { record($0) }) }
        #expect(FileManager.default.fileExists(atPath: store.appendingPathComponent("index.bin").path))
        var bytes = [UInt8](journalBytes(store))
        var newlines = 0
        let start = bytes.firstIndex { byte in
            if byte == 10 { newlines += 1 }
            return newlines == 1_200
        }! + 30
        bytes[start] ^= 0x01
        try Data(bytes).write(to: store.appendingPathComponent(Journal.fileName))
        let journal = try Journal(directory: store)
        #expect {
            try journal.pipelineRecords(chunk: 5_000, { $0.count }, consume: { _ in })
        } throws: { error in
            guard case TrackerError.corruptJournal(_, let line, _) = error else { return false }
            return line == 1_201
        }
    }

    @Test func concurrentWritersLoseNothing() async throws {
        let store = temporaryStore()
        _ = try Journal(directory: store)
        await withTaskGroup(of: Void.self) { group in
            for writer in 0..<4 {
                group.addTask {
                    for index in 0..<50 {
                        if let journal = try? Journal(directory: store) {
                            try? journal.append([record(writer * 1000 + index)])
                        }
                    }
                }
            }
        }
        let journal = try Journal(directory: store)
        #expect(try journal.allRecords().count == 200)
        #expect(Set(try journal.allRecords().map(\.id)).count == 200)
    }
}
