import Foundation
import Operations
import PeerTrackCore
import Testing
import Tracker

/// The CLI as a renderer: a typed result in (from the operations, on a store made here with
/// a fixed clock), text, JSON and CSV out, compared with the files in Fixtures/. Record ids
/// are random, so each is written as R000000000000001, R000000000000002, ... in the order it
/// first appears. To see a
/// change of wording, run with PEERTRACK_WRITE_FIXTURES=1, which rewrites the files, and
/// read the diff.
struct RendererTests {
    private let store = FileManager.default.temporaryDirectory.appendingPathComponent("peertrack-renderer-\(UUID().uuidString)", isDirectory: true)
    private static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    private var workspace: Workspace {
        Workspace(
            contentOption: Self.repository.path, storeOption: store.path, environment: ["HOME": store.path], account: "tester", isSuperuser: false,
            now: { Date(timeIntervalSince1970: 1_748_779_200) },  // 2025-06-01 12:00 UTC
            warn: { Issue.record("warning: \($0)") })
    }

    /// An agency with an administrator (this account), a trained supervisor, a specialist
    /// they supervise and one no one supervises; CE records verified, waiting and voided.
    private func setUp() throws {
        let workspace = self.workspace
        _ = try workspace.setUp(agency: "Hope Works", program: nil, administrator: nil, group: nil)
        _ = try workspace.addPerson(id: "ada", name: "Ada Admin", role: .admin, login: "tester", supervisor: nil)
        _ = try workspace.addPerson(id: "sam", name: "Sam Lee", role: .supervisor, login: nil, supervisor: nil)
        _ = try workspace.addPerson(id: "ana", name: "Ana Diaz", role: .specialist, login: nil, supervisor: "sam")
        _ = try workspace.addPerson(id: "bo", name: "Bo Park", role: .specialist, login: nil, supervisor: nil)
        _ = try workspace.addTraining(person: "sam", course: "Supervising NC Certified Peer Support Specialists", date: Day("2025-01-05")!, hours: Hours(3))
        _ = try workspace.certify(person: "ana", date: Day("2023-07-10")!, program: nil, number: "NC-1234", designation: nil, override: "certified before this store was kept")
        _ = try workspace.certify(person: "bo", date: Day("2023-05-02")!, program: nil, number: nil, designation: nil, override: "certified before this store was kept")
        func ce(_ person: String, _ date: String, _ hours: String, _ title: String, _ category: String) throws -> CERecord {
            try workspace.addCE(CEEntryInput(person: person, date: Day(date)!, hours: Hours(hours)!, title: title, category: category, provider: nil, evidence: nil))
        }
        let verified = try ce("ana", "2024-02-01", "3", "Ethics in peer work", "ethics")
        _ = try ce("ana", "2024-09-12", "6.5", "Motivational interviewing", "general")
        let voided = try ce("ana", "2024-10-01", "2", "Entered twice", "general")
        _ = try ce("bo", "2025-01-20", "1.25", "Crisis basics, \"part 1\"", "general")
        _ = try workspace.verify(record: verified.id, as: "sam")
        _ = try workspace.void(record: voided.id, reason: "entered twice", as: nil)
    }

    /// Each 16-hex record id as R000000000000001, ... in the order it first appears.
    private static func normalized(_ text: String) -> String {
        var names: [String: String] = [:]
        var out = ""
        var rest = Substring(text)
        let pattern = /[0-9a-f]{16}/
        while let match = rest.firstMatch(of: pattern) {
            out += rest[..<match.range.lowerBound]
            let id = String(match.output)
            // As wide as an id, so that tables keep their columns.
            if names[id] == nil { names[id] = "R" + String(String(names.count + 1).reversed()).padding(toLength: 15, withPad: "0", startingAt: 0).reversed() }
            out += names[id]!
            rest = rest[match.range.upperBound...]
        }
        return out + rest
    }

    private func expect(_ text: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = Self.fixtures.appendingPathComponent(name)
        let actual = Self.normalized(text)
        if ProcessInfo.processInfo.environment["PEERTRACK_WRITE_FIXTURES"] == "1" {
            try FileManager.default.createDirectory(at: Self.fixtures, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: file)
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(actual == expected, "\(name) differs from its fixture", sourceLocation: sourceLocation)
    }

    @Test func statusInTextJSONAndCSV() throws {
        try setUp()
        defer { try? FileManager.default.removeItem(at: store) }
        let report = try workspace.status(person: nil, on: Day("2025-06-01")!)
        try expect(StatusFormat.text(report), matches: "status.txt")
        try expect(JSONText.encode(report.standings.map { StatusFormat.json($0, on: report.day) }) + "\n", matches: "status.json")
        try expect(CSVFormat.status(report.standings, on: report.day), matches: "status.csv")
    }

    @Test func dueReportInTextJSONAndCSV() throws {
        try setUp()
        defer { try? FileManager.default.removeItem(at: store) }
        let report = try workspace.dueReport(within: 90, on: Day("2025-06-01")!)
        #expect(report.due.map(\.person.id) == ["bo", "ana"], "the most urgent first: Bo is due on 2025-05-31")
        try expect(DueFormat.text(report), matches: "due.txt")
        try expect(JSONText.encode(DueFormat.json(report)) + "\n", matches: "due.json")
        try expect(CSVFormat.due(report.due, applicants: report.applicants, untrained: report.untrained, on: report.day), matches: "due.csv")
    }

    @Test func recordsAndQueuesInTextJSONAndCSV() throws {
        try setUp()
        defer { try? FileManager.default.removeItem(at: store) }
        let history = try workspace.history(of: "ana")
        try expect(RecordsFormat.ceText(history), matches: "ce-list.txt")
        try expect(JSONText.encode(RecordsFormat.ceJSON(history)) + "\n", matches: "ce-list.json")
        try expect(CSVFormat.continuingEducation(history), matches: "ce-list.csv")
        let roster = try workspace.roster()
        try expect(RecordsFormat.rosterText(roster), matches: "roster.txt")
        try expect(CSVFormat.people(roster), matches: "roster.csv")
        // The administrator sees the unassigned queue; the supervisor, their own.
        let admin = try workspace.verificationQueues(as: nil)
        try expect(RecordsFormat.queuesText(admin), matches: "pending-admin.txt")
        try expect(JSONText.encode(RecordsFormat.queuesJSON(admin)) + "\n", matches: "pending-admin.json")
        try expect(RecordsFormat.queuesText(try workspace.verificationQueues(as: "sam")), matches: "pending-sam.txt")
    }

    @Test func anEmptyStoreSaysSoInEachForm() throws {
        defer { try? FileManager.default.removeItem(at: store) }
        _ = try workspace.setUp(agency: "Hope Works", program: nil, administrator: nil, group: nil)
        let report = try workspace.status(person: nil, on: nil)
        #expect(StatusFormat.text(report) == RecordsFormat.emptyRoster)
        #expect(JSONText.encode(report.standings.map { StatusFormat.json($0, on: report.day) }) == "[]")
        #expect(RecordsFormat.rosterText([]) == RecordsFormat.emptyRoster)
    }
}
