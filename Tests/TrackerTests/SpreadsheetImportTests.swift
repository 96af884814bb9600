import Foundation
import PeerTrackCore
import Testing

@testable import Tracker

/// An agency with two people, one certified, and one CE record on file.
private func agency() throws -> (URL, Tracker) {
    let store = temporaryStore()
    let tracker = try openTracker(store)
    try tracker.initialize(agency: "Hope Works", program: nil)
    try tracker.addPerson(id: "ana", name: "Ana Diaz", role: .specialist, login: "ana")
    try tracker.addPerson(id: "sam", name: "Sam Lee", role: .supervisor, login: "sam")
    try tracker.certify(person: "ana", date: Day("2024-03-15")!, program: nil, number: nil, designation: nil, override: "certified before this store was kept")
    try tracker.addCE(person: "ana", date: Day("2025-01-10")!, hours: Hours("2")!, title: "WRAP basics", category: "general", provider: nil)
    return (store, tracker)
}

private func ce(
    _ line: Int, person: String = "ana", date: String? = "2025-02-01", hours: String? = "3", title: String = "Ethics refresher",
    category: String = "ethics", provider: String? = nil
) -> CEImportRow {
    CEImportRow(
        line: line, person: person, date: date.flatMap { Day($0) }, hours: hours.flatMap { Hours($0) }, title: title, category: category,
        provider: provider)
}

/// The problems an import is refused with, as `line field` pairs.
private func refusal(_ body: () throws -> Void) -> [String]? {
    do {
        try body()
        return nil
    } catch TrackerError.rowsRefused(let problems) {
        return problems.map { "\($0.line) \($0.field.rawValue)" }
    } catch {
        return ["unexpected \(error)"]
    }
}

struct SpreadsheetImportTests {
    @Test func importsEveryRowInOneAppendWithOneFsync() throws {
        let (_, tracker) = try agency()
        let rows = (0..<3000).map { ce($0 + 2, hours: "1", title: "Session \($0)", category: "general", provider: "UNC") }
        let descriptor = tracker.journal.lock.descriptor
        let counts = Counts()
        var calls = SystemCalls()
        calls.fsync = { fd in
            if fd == descriptor { counts.add("fsync") }
            return Glibc.fsync(fd)
        }
        calls.write = { fd, bytes, count in
            if fd == descriptor { counts.add("write") }
            return Glibc.write(fd, bytes, count)
        }
        let before = tracker.journal.recordCount
        let summary = try SystemCalls.$current.withValue(calls) { try tracker.importCE(rows) }
        #expect(summary == RowImportSummary(added: 3000, present: 0))
        #expect(tracker.journal.recordCount == before + 3000)
        #expect(counts.value("fsync") == 1)
        #expect(counts.value("write") == 1)
        let imported = try tracker.history(of: "ana").continuingEducation.filter { $0.title.hasPrefix("Session") }
        #expect(imported.count == 3000)
        #expect(imported[0].provider == "UNC")
    }

    @Test func importingTheSameRowsAgainAddsNothingAndLeavesTheJournalAsItWas() throws {
        let rows = [ce(2), ce(3, date: "2025-03-01", hours: "17", title: "WRAP  facilitator   training", category: "general")]
        let store: URL
        let after: Data
        do {
            let (folder, tracker) = try agency()
            store = folder
            #expect(try tracker.importCE(rows) == RowImportSummary(added: 2, present: 0))
            after = journalBytes(store)
            #expect(try tracker.importCE(rows) == RowImportSummary(added: 0, present: 2))
            #expect(try tracker.history(of: "ana").continuingEducation.map(\.title).contains("WRAP facilitator training"))
        }
        // A later command, which reads the records from the journal.
        #expect(try openTracker(store).importCE(rows) == RowImportSummary(added: 0, present: 2))
        #expect(journalBytes(store) == after)
    }

    @Test func aRowIsTheSameRecordWhenPersonDateTitleAndHoursMatch() throws {
        let (_, tracker) = try agency()
        let summary = try tracker.importCE([
            ce(2, date: "2025-01-10", hours: "2", title: " WRAP   basics ", category: "ethics", provider: "other"),  // on file already
            ce(3), ce(4),  // the second repeats the first
            ce(5, hours: "3.5"), ce(6, date: "2025-02-02"), ce(7, person: "sam"), ce(8, title: "Ethics Refresher"),
        ])
        #expect(summary == RowImportSummary(added: 5, present: 2))
    }

    @Test func aVoidedRecordDoesNotMakeARowPresent() throws {
        let (_, tracker) = try agency()
        let existing = try tracker.history(of: "ana").continuingEducation[0]
        try tracker.void(record: existing.id, reason: "wrong date", as: nil)
        #expect(try tracker.importCE([ce(2, date: "2025-01-10", hours: "2", title: "WRAP basics", category: "general")]) == RowImportSummary(added: 1, present: 0))
    }

    @Test func everyProblemIsReportedWithItsLineAndFieldAndNothingIsRecorded() throws {
        let (store, tracker) = try agency()
        let before = journalBytes(store)
        let problems = refusal {
            try tracker.importCE([
                ce(2), ce(3, person: "bob"), ce(4, date: "2027-01-01", hours: "25"), ce(5, person: "", title: "  ", category: "sport"),
                ce(6, category: "Ethics", provider: " "),
                ce(7, person: "bob", date: "2027-01-01", title: "", category: "sport"),
            ])
        }
        #expect(problems == ["3 person", "4 date", "4 hours", "5 person", "5 title", "6 category", "6 provider", "7 person", "7 date", "7 title"])
        #expect(journalBytes(store) == before)
    }

    @Test func aRowWithACellThatCouldNotBeReadRefusesTheImportWithTheOtherProblems() throws {
        let (store, tracker) = try agency()
        let before = journalBytes(store)
        #expect(refusal { try tracker.importCE([ce(2), ce(3, date: nil)]) } == [])
        #expect(refusal { try tracker.importCE([ce(2, hours: nil, title: ""), ce(3)]) } == ["2 title"])
        #expect(journalBytes(store) == before)
    }

    @Test func aDryRunCountsButRecordsNothing() throws {
        let (store, tracker) = try agency()
        let before = journalBytes(store)
        #expect(try tracker.importCE([ce(2), ce(3), ce(4, date: "2025-01-10", hours: "2", title: "WRAP basics", category: "general")], dryRun: true) == RowImportSummary(added: 1, present: 2))
        #expect(journalBytes(store) == before)
    }

    @Test func addCEStillRefusesWithTheFirstProblem() throws {
        let (_, tracker) = try agency()
        #expect(throws: TrackerError.unknownPerson("bob")) {
            try tracker.addCE(person: "bob", date: Day("2027-01-01")!, hours: Hours(30), title: "", category: "x", provider: nil)
        }
        #expect {
            try tracker.addCE(person: "ana", date: Day("2027-01-01")!, hours: Hours(30), title: "", category: "x", provider: nil)
        } throws: { error in
            guard case TrackerError.invalidValue(.date, _, _) = error else { return false }
            return true
        }
        #expect {
            try tracker.addCE(person: "ana", date: Day("2025-01-01")!, hours: Hours(3), title: "T", category: "sport", provider: nil)
        } throws: { error in "\(error)" == "category 'sport' is not valid: expected one of ethics, general, military, children-families (program nc-cpss)" }
    }

    @Test func importsPeopleAndCountsThoseOnTheRosterAlready() throws {
        let (store, tracker) = try agency()
        let rows = [
            PersonImportRow(line: 2, id: "kim", name: "Kim  Roe", role: .supervisor, login: "kim"),
            PersonImportRow(line: 3, id: "ana", name: "Ana Diaz", role: .specialist, login: nil),
            PersonImportRow(line: 4, id: "kim", name: "Kim Roe", role: .supervisor, login: "kim"),
        ]
        #expect(try tracker.importPeople(rows) == RowImportSummary(added: 1, present: 2))
        #expect(try tracker.person("kim").name == "Kim Roe")
        let after = journalBytes(store)
        #expect(try tracker.importPeople(rows) == RowImportSummary(added: 0, present: 3))
        #expect(journalBytes(store) == after)
    }

    @Test func aPersonRowThatDisagreesWithTheRosterOrAnEarlierRowIsAProblem() throws {
        let (store, tracker) = try agency()
        let before = journalBytes(store)
        let problems = refusal {
            try tracker.importPeople([
                PersonImportRow(line: 2, id: "ana", name: "Anna Diaz", role: .supervisor, login: "ad"),
                PersonImportRow(line: 3, id: "kim", name: "Kim Roe", role: .specialist, login: "kr"),
                PersonImportRow(line: 4, id: "kim", name: "Kim Rowe", role: .specialist, login: nil),
                PersonImportRow(line: 5, id: "lee", name: "Lee", role: .specialist, login: "kr"),
                PersonImportRow(line: 6, id: "bad id", name: " ", role: .specialist, login: "sam"),
                PersonImportRow(line: 7, id: "max", name: "Max", role: nil, login: nil),
            ])
        }
        #expect(problems == ["2 name", "2 role", "2 login", "4 name", "5 login", "6 id", "6 name", "6 login"])
        #expect(journalBytes(store) == before)
    }
}

/// Counts calls by name, from any thread.
private final class Counts: @unchecked Sendable {
    private let lock = NSLock()
    private var counts: [String: Int] = [:]
    func add(_ name: String) { lock.withLock { counts[name, default: 0] += 1 } }
    func value(_ name: String) -> Int { lock.withLock { counts[name, default: 0] } }
}

#if canImport(Glibc)
import Glibc
#endif
