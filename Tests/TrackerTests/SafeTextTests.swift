import Foundation
import PeerTrackCore
import Testing

@testable import Tracker

struct SafeTextTests {
    static let hostile = [
        "Evil\u{1B}[2J\u{1B}]0;pwned\u{07}Name", "bell\u{07}", "del\u{7F}", "c1\u{9B}31m", "rlo\u{202E}txt.exe", "iso\u{2066}x\u{2069}",
    ]

    @Test(arguments: hostile)
    func everyTextFieldRefusesControlAndDirectionCharacters(text: String) throws {
        let store = temporaryStore()
        let tracker = try openTracker(store)
        try tracker.initialize(agency: "Hope Works", program: nil)
        try tracker.addPerson(id: "ana", name: "Ana Diaz", role: .specialist, login: nil)
        let before = journalBytes(store)
        let attempts: [(TrackerError.Field, () throws -> Void)] = [
            (.name, { _ = try tracker.addPerson(id: "evil", name: text, role: .specialist, login: nil) }),
            (.login, { _ = try tracker.addPerson(id: "evil", name: "Evil", role: .specialist, login: text) }),
            (.title, { _ = try tracker.addCE(person: "ana", date: Day("2026-01-02")!, hours: Hours(1), title: text, category: "general", provider: nil) }),
            (.provider, { _ = try tracker.addCE(person: "ana", date: Day("2026-01-02")!, hours: Hours(1), title: "T", category: "general", provider: text) }),
            (.course, { _ = try tracker.addTraining(person: "ana", course: text, date: Day("2026-01-02")!, hours: nil) }),
            (.number, { _ = try tracker.certify(person: "ana", date: Day("2026-01-02")!, program: nil, number: text, designation: nil, override: "certified before this store was kept") }),
        ]
        for (field, attempt) in attempts {
            do {
                try attempt()
                Issue.record("\(field) accepted \(SafeText.visible(text))")
            } catch let error as TrackerError {
                guard case .invalidValue(let named, let value, _) = error else {
                    Issue.record("\(field): \(error)")
                    continue
                }
                #expect(named == field)
                #expect(!value.unicodeScalars.contains(where: SafeText.isUnsafe), "the message shows the text escaped")
            }
        }
        #expect(journalBytes(store) == before)
    }

    @Test func screensShowWhatAnOlderJournalHoldsAsEscapes() {
        #expect(SafeText.visible("Evil\u{1B}[2JName") == "Evil\\u{1B}[2JName")
        #expect(SafeText.visible("rlo\u{202E}x") == "rlo\\u{202E}x")
        #expect(SafeText.visible("José Zoë") == "José Zoë")
    }
}
