import Foundation
import PeerTrackCore

@testable import Tracker

/// A fresh store folder in the temporary directory.
func temporaryStore() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("peertrack-store-\(UUID().uuidString)", isDirectory: true)
}

/// A clock fixed at noon UTC on a day.
func clock(_ day: String) -> @Sendable () -> Date {
    let days = Day(day)!.daysSinceEpoch
    return { Date(timeIntervalSince1970: Double(days) * 86_400 + 43_200) }
}

/// A tracker on a store with a fixed "today".
func openTracker(_ store: URL, today: String = "2026-11-22", account: String = "tester") throws -> Tracker {
    try Tracker(store: store, programs: shippedPrograms, context: TrackerContext(now: clock(today), account: account))
}

/// The journal's bytes.
func journalBytes(_ store: URL) -> Data {
    (try? Data(contentsOf: store.appendingPathComponent(Journal.fileName))) ?? Data()
}

/// A record numbered `index`, with a text field.
func record(_ index: Int, text: String = "plain") -> Record {
    Record(
        id: String(format: "%016x", index), kind: .ce, time: "2026-11-22T12:00:00Z", account: "tester", actor: nil,
        fields: [("person", "p\(index)"), ("title", text), ("hours", "1")])
}
