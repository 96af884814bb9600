import Foundation
import PeerTrackCore
import Testing

@testable import Tracker

/// The one stamping route (`RecordStamper`): whatever writes a record, a command, evidence
/// or a spreadsheet import, the record carries the context's account (the kernel's, in
/// the CLI), the context's clock and a fresh id.
struct RecordStampingTests {
    private let store = temporaryStore()

    @Test func everyRouteStampsTheContextsAccountAndTime() throws {
        defer { try? FileManager.default.removeItem(at: store) }
        // One tracker at a time: each holds the journal's lock while it lives.
        do { try write(try openTracker(store, today: "2025-06-01", account: "kim")) }
        let reader = try openTracker(store, today: "2025-06-01", account: "kim")
        let roster = ["ana", "bo"].compactMap { id in reader.roster.person(id).flatMap { reader.roster.record(of: $0) } }
        let records = try reader.records(about: "ana") + roster
        #expect(Set(records.map(\.kind)).isSuperset(of: [.person, .ce, .evidence]))
        for record in records {
            #expect(record.account == "kim", "\(record.kind) by \(record.account)")
            #expect(record.time == "2025-06-01T12:00:00Z", "\(record.kind) at \(record.time)")
        }
        #expect(Set(records.map(\.id)).count == records.count, "a fresh id each")
    }

    /// A record by each route: a command, evidence, a CE spreadsheet, a roster spreadsheet.
    private func write(_ tracker: Tracker) throws {
        try tracker.initialize(agency: "Hope Works", program: nil, administrator: (id: "kim", name: "Kim", login: "kim"))
        try tracker.addPerson(id: "ana", name: "Ana", role: .specialist, login: nil)
        let ce = try tracker.addCE(person: "ana", date: Day("2025-02-01")!, hours: Hours(2), title: "T", category: "ethics", provider: nil)
        let pdf = store.appendingPathComponent("certificate.pdf")
        try Data("%PDF-1.4\n%%EOF\n".utf8).write(to: pdf)
        _ = try tracker.attachEvidence(try EvidenceCandidate(reading: pdf), to: ce.id)
        _ = try tracker.importCE([
            CEImportRow(line: 2, person: "ana", date: Day("2025-03-01"), hours: Hours(1), title: "Imported", category: "general", provider: nil)
        ])
        _ = try tracker.importPeople([PersonImportRow(line: 2, id: "bo", name: "Bo", role: .specialist, login: nil)])
    }
}
