import Foundation
import PeerTrackCore
import Testing
@testable import Tracker

@testable import BenchmarkKit

/// Whole-roster passes read each person's lines through the index into a one-person
/// ledger on several threads; they must give the answers a ledger of every record gives.
struct WholeRosterPassTests {
    private let programs: [String: Program] = {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Curriculum/programs")
        return (try? ProgramLoader(directory: directory).load()) ?? [:]
    }()

    private func context() -> TrackerContext {
        TrackerContext(now: { Date(timeIntervalSince1970: 1_795_867_200) }, account: "tester")
    }

    @Test func everyonesStandingMatchesALedgerOfEveryRecord() throws {
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("peertrack-pass-\(UUID().uuidString)")
        try StoreGenerator(people: 60, records: 6_000).write(to: store)
        let day = try #require(Day("2026-11-22"))
        let programs = self.programs
        var expected: [String] = []
        do {
            let everything = try Tracker(store: store, programs: programs, context: context())
            let ledger = try everything.completeLedger()
            for person in ledger.people {
                let standing = try everything.standing(of: ledger.history(of: person), on: day)
                expected.append("\(person.id) \(standing.program.id) \(standing.renewal) \(standing.hasSupervisorTraining)")
            }
        }
        let tracker = try Tracker(store: store, programs: programs, context: context())
        // A small window makes the workers wait for the consumer again and again.
        var seen: [String] = []
        let rules = tracker.standingRules
        try tracker.forEveryone(window: 3, { history in
            let person = history.person
            let standing = try rules.standing(of: history, on: day)
            return "\(person.id) \(standing.program.id) \(standing.renewal) \(standing.hasSupervisorTraining)"
        }, consume: { seen.append($0) })
        #expect(seen == expected)
        #expect(seen.count == 60)
    }

    @Test func aFailureInOnePersonStopsThePassWithThatError() throws {
        struct Refused: Error, Equatable { var person: String }
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("peertrack-pass-\(UUID().uuidString)")
        try StoreGenerator(people: 30, records: 1_000).write(to: store)
        let tracker = try Tracker(store: store, programs: programs, context: context())
        var consumed = 0
        #expect(throws: Refused(person: "p00017")) {
            try tracker.forEveryone(window: 4, { history in
                let person = history.person
                if person.id == "p00017" { throw Refused(person: person.id) }
                return person.id
            }, consume: { _ in consumed += 1 })
        }
        #expect(consumed <= 17)
    }
}
