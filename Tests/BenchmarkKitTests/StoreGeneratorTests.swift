import Foundation
import PeerTrackCore
import Testing
@testable import Tracker

@testable import BenchmarkKit

struct StoreGeneratorTests {
    @Test func generatesARealisticStoreThatTheTrackerReads() throws {
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("peertrack-gen-\(UUID().uuidString)")
        let generator = StoreGenerator(people: 40, records: 4_000)
        let written = try generator.write(to: store)
        #expect(abs(written - 4_000) < 400)
        let records = try Journal(directory: store).allRecords()
        #expect(records.count == written)
        let kinds = Set(records.map(\.kind))
        #expect(kinds.isSuperset(of: [.agency, .person, .certify, .recertify, .ce, .verify, .void, .training, .attempt]))
        let ledger = Ledger(records: records)
        #expect(ledger.people.count == 40)
        let today = Day("2026-11-22")!
        for person in ledger.people {
            let history = ledger.history(of: person)
            // Every certification and CE record is dated before "today", CE after the award.
            let award = try #require(history.awards.first?.date)
            #expect(award < today)
            #expect(history.ceEntries.allSatisfy { $0.date > award && $0.date < today })
            // Every verification names a CE record of the same person.
            for verify in history.records.compactMap(Verification.init) {
                #expect(ledger.record(verify.target).flatMap(CERecord.init)?.person == person.id)
            }
        }
    }

    @Test func theSameSeedGivesTheSameStore() throws {
        let first = FileManager.default.temporaryDirectory.appendingPathComponent("peertrack-gen-\(UUID().uuidString)")
        let second = FileManager.default.temporaryDirectory.appendingPathComponent("peertrack-gen-\(UUID().uuidString)")
        let generator = StoreGenerator(people: 10, records: 500)
        try generator.write(to: first)
        try generator.write(to: second)
        #expect(try Data(contentsOf: first.appendingPathComponent("journal.log")) == Data(contentsOf: second.appendingPathComponent("journal.log")))
    }
}
