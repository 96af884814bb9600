import Foundation
import PeerTrackCore
import Testing
@testable import Tracker

@testable import BenchmarkKit

/// The tracker reads what each question needs: a fresh tracker (the roster only) must give
/// every public query the same answer as one that has read every record first.
struct LoadingEquivalenceTests {
    private static let programs: [String: Program] = {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Curriculum/programs")
        return (try? ProgramLoader(directory: directory).load()) ?? [:]
    }()

    /// Every answer of the public queries, as text, for a tracker opened by `prepare`.
    private static func answers(_ store: URL, loadEverythingFirst: Bool) throws -> [String] {
        let tracker = try Tracker(
            store: store, programs: programs,
            context: TrackerContext(now: { Date(timeIntervalSince1970: 1_795_867_200) }, account: "tester", timeZone: TimeZone(identifier: "UTC")!))
        if loadEverythingFirst { _ = try tracker.completeLedger() }
        let day = Day("2026-01-15")!
        var out: [String] = []
        out.append("people \(tracker.people.map(\.id)) agency \(tracker.agency ?? "-") today \(tracker.today)")
        for person in tracker.people {
            let history = try tracker.history(of: person.id)
            out.append("\(person.id) records \(history.records.map(\.id))")
            out.append("\(person.id) ce \(history.continuingEducation.map { "\($0.id) \($0.hours) \(history.verification(of: $0.id) != nil) \(history.isVoided($0.id))" })")
            out.append("\(person.id) status \(try tracker.status(of: person.id, on: day))")
            out.append("\(person.id) program \(try tracker.program(of: person.id).id)")
            let learning = try tracker.learning(of: try tracker.learner(as: person.id))
            out.append("\(person.id) learning \(learning.lessons.count) \(learning.attempts.map(\.stamp.id))")
            for ce in history.continuingEducation.prefix(2) {
                out.append("record \(ce.id) \(try tracker.record(ce.id, kinds: [.ce], describing: "CE").id)")
            }
        }
        out.append("standings \(try tracker.standings(on: day).map { "\($0.person.id) \($0.renewal.state) \($0.renewal.hoursCounted)" })")
        out.append("due \(try tracker.dueReport(within: 90, on: day).map(\.person.id))")
        out.append("untrained \(try tracker.supervisorsWithoutTraining(on: day).map(\.person.id))")
        return out
    }

    @Test func everyPublicQueryAnswersTheSameFreshAsAfterLoadingEverything() throws {
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("peertrack-loading-\(UUID().uuidString)")
        try StoreGenerator(people: 40, records: 3_000).write(to: store)
        let fresh = try LoadingEquivalenceTests.answers(store, loadEverythingFirst: false)
        let loaded = try LoadingEquivalenceTests.answers(store, loadEverythingFirst: true)
        #expect(fresh.count > 200)
        for (a, b) in zip(fresh, loaded) where a != b {
            Issue.record("fresh: \(a)\nloaded: \(b)")
        }
        #expect(fresh == loaded)
    }
}
