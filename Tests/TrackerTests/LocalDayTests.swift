import Foundation
import PeerTrackCore
import Testing

@testable import Tracker

/// "Today" is the calendar day in the program's zone (NC: America/New_York), not in UTC.
struct LocalDayTests {
    /// An instant given as UTC `YYYY-MM-DDTHH:MM:SSZ`.
    static func instant(_ text: String) -> Date {
        Date(timeIntervalSince1970: Double(TrackerContext.seconds(text) ?? 0))
    }

    /// A store with Ana certified on 2024-03-15 (due 2026-03-31, late until 2026-04-30),
    /// opened at `utc` by a machine whose own zone is UTC.
    static func tracker(at utc: String) throws -> Tracker {
        let store = temporaryStore()
        do {
            let setup = try openTracker(store, today: "2026-01-01")
            try setup.initialize(agency: "Hope Works", program: nil)
            try setup.addPerson(id: "ana", name: "Ana Diaz", role: .specialist, login: nil)
            try setup.certify(person: "ana", date: Day("2024-03-15")!, program: nil, number: nil, designation: nil, override: "certified before this store was kept")
        }
        let time = instant(utc)
        return try Tracker(
            store: store, programs: shippedPrograms,
            context: TrackerContext(now: { time }, account: "tester", timeZone: TimeZone(identifier: "UTC")!))
    }

    @Test(arguments: [
        // The due date, 2026-03-31 (EDT, UTC-4): still on time at 23:30 in Raleigh.
        ("2026-04-01T03:30:00Z", "2026-03-31", CertificationState.dueSoon),
        ("2026-04-01T04:30:00Z", "2026-04-01", .grace),
        // The last day of the late window, 2026-04-30.
        ("2026-05-01T03:30:00Z", "2026-04-30", .grace),
        ("2026-05-01T04:30:00Z", "2026-05-01", .lapsed),
        // Across the change to daylight time on 2026-03-08 (EST, UTC-5, before; EDT after).
        ("2026-03-08T04:30:00Z", "2026-03-07", .dueSoon),
        ("2026-03-08T05:30:00Z", "2026-03-08", .dueSoon),
        ("2026-03-09T03:30:00Z", "2026-03-08", .dueSoon),
        ("2026-03-09T04:30:00Z", "2026-03-09", .dueSoon),
        // Back to standard time on 2025-11-02.
        ("2025-11-03T04:30:00Z", "2025-11-02", .current),
        ("2025-11-03T05:30:00Z", "2025-11-03", .current),
    ])
    func todayIsTheCalendarDayInTheProgramsZone(utc: String, local: String, state: CertificationState) throws {
        let tracker = try LocalDayTests.tracker(at: utc)
        #expect(tracker.timeZone.identifier == "America/New_York")
        #expect(tracker.today == Day(local)!, "at \(utc)")
        #expect(try tracker.status(of: "ana", on: tracker.today).state == state, "at \(utc)")
    }

    @Test func aProgramWithoutAZoneUsesTheMachinesZone() {
        var programs = shippedPrograms
        programs["nc-cpss"]?.timeZone = nil
        let tokyo = TimeZone(identifier: "Asia/Tokyo")!
        let time = LocalDayTests.instant("2026-03-31T16:00:00Z")
        #expect(TrackerContext(now: { time }, account: "x", timeZone: tokyo).today == Day("2026-04-01")!)
        #expect(TrackerContext.day(of: time, in: TimeZone(identifier: "UTC")!) == Day("2026-03-31")!)
    }

    @Test func aCERecordDatedTodayInRaleighIsNotInTheFuture() throws {
        // 23:30 on March 31 in Raleigh is already April 1 in UTC: the day is still March 31.
        let tracker = try LocalDayTests.tracker(at: "2026-04-01T03:30:00Z")
        #expect(throws: TrackerError.self) {
            try tracker.addCE(person: "ana", date: Day("2026-04-01")!, hours: Hours(1), title: "Tomorrow", category: "general", provider: nil)
        }
        try tracker.addCE(person: "ana", date: Day("2026-03-31")!, hours: Hours(1), title: "Today", category: "general", provider: nil)
    }
}
