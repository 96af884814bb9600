import Foundation
import PeerTrackCore
import Testing

@testable import Tracker

/// The one home of which CE records count: every status, checklist, packet and
/// transcript check counts through `CountingWindow`.
struct CountingWindowTests {
    private static func day(_ text: String) -> Day { Day(text)! }

    @Test(arguments: [
        // after, through, the record's day, counts
        ("2024-03-15", "2025-06-01", "2024-03-15", false),  // the day of the last certification: no
        ("2024-03-15", "2025-06-01", "2024-03-16", true),  // the day after: yes
        ("2024-03-15", "2025-06-01", "2025-06-01", true),  // the status's day: yes
        ("2024-03-15", "2025-06-01", "2025-06-02", false),  // later: not yet
        ("", "2025-06-01", "1999-01-01", true),  // never certified: everything up to the day
    ])
    func aRecordCountsAfterTheWindowOpensAndOnOrBeforeItsDay(after: String, through: String, date: String, counts: Bool) {
        let window = CountingWindow(after: after.isEmpty ? nil : Self.day(after), through: Self.day(through))
        #expect(window.contains(Self.day(date)) == counts)
        let entry = CEEntry(date: Self.day(date), hours: Hours(2), category: "ethics", verified: true)
        #expect(window.entries([entry]).hours == (counts ? Hours(2) : .zero))
    }

    @Test func sumsByCategoryAndVerification() {
        let entries = [
            CEEntry(date: Self.day("2025-01-01"), hours: Hours("1.5")!, category: "ethics", verified: true),
            CEEntry(date: Self.day("2025-01-02"), hours: Hours(2), category: "ethics", verified: false),
            CEEntry(date: Self.day("2025-01-03"), hours: Hours("0.25")!, category: "general", verified: true),
        ]
        #expect(entries.hours == Hours("3.75")!)
        #expect(entries.verifiedHours == Hours("1.75")!)
        #expect(entries.inCategory("ethics").hours == Hours("3.5")!)
        #expect(entries.inCategory("general").verifiedHours == Hours("0.25")!)
    }

    /// Across a recertification, the renewal's window moves to the new certification
    /// (last-certification programs) or to the new cycle's start (cycle-start programs), and
    /// the status, the path's window and the packet's rows agree on it.
    @Test(arguments: [
        // program, award, recertified, on, window after
        ("nc-cpss", "2022-03-15", "2024-03-20", "2025-01-01", "2024-03-20"),
        ("nc-cpss", "2022-03-15", "", "2023-01-01", "2022-03-15"),
        ("pa-cps", "2022-03-15", "2024-03-10", "2025-01-01", "2024-03-10"),
        // Georgia counts by calendar year from the year after the award, then from each cycle's start.
        ("ga-cps", "2022-06-01", "", "2023-09-01", "2022-12-31"),
        ("ga-cps", "2022-06-01", "2023-12-20", "2024-06-01", "2023-12-31"),
    ])
    func theRenewalWindowFollowsTheRuleFile(program: String, award: String, recertified: String, on: String, after: String) throws {
        let rules = try #require(shippedPrograms[program])
        let recertifications = recertified.isEmpty ? [] : [Self.day(recertified)]
        let status = rules.status(awards: [(Self.day(award), nil)], recertifications: recertifications, ce: [], on: Self.day(on))
        #expect(status.countsAfter == Self.day(after), "\(program)")
        let store = temporaryStore()
        defer { try? FileManager.default.removeItem(at: store) }
        let tracker = try openTracker(store, today: on)
        try tracker.initialize(agency: "A", program: program, administrator: (id: "ada", name: "Ada", login: "tester"))
        try tracker.addPerson(id: "ana", name: "Ana", role: .specialist, login: nil)
        try tracker.certify(person: "ana", date: Self.day(award), program: program, number: nil, designation: nil, override: "before the store")
        if let day = recertifications.first { try tracker.recertify(person: "ana", date: day, override: "before the store") }
        let standing = try #require(try tracker.standings(person: "ana", on: Self.day(on)).first)
        #expect(standing.path.ceWindow == CountingWindow(after: Self.day(after), through: Self.day(on)))
    }
}
