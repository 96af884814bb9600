import Foundation
import PeerTrackCore
import Testing

@testable import Tracker

/// An agency with a specialist, a trained supervisor and an untrained one.
private func agency(_ store: URL = temporaryStore()) throws -> (URL, Tracker) {
    let tracker = try openTracker(store)
    try tracker.initialize(agency: "Hope Works", program: nil)
    try tracker.addPerson(id: "ana", name: "Ana Diaz", role: .specialist, login: "ana")
    try tracker.addPerson(id: "sam", name: "Sam Lee", role: .supervisor, login: "sam")
    try tracker.addPerson(id: "kim", name: "Kim Roe", role: .supervisor, login: nil)
    try tracker.addTraining(person: "sam", course: "Supervising NC Certified Peer Support Specialists", date: Day("2025-01-05")!, hours: Hours("3")!)
    try tracker.certify(person: "ana", date: Day("2024-03-15")!, program: nil, number: "NC-1234", designation: nil, override: "certified before this store was kept")
    return (store, tracker)
}

struct TrackerTests {
    @Test func verifiedHoursCountOnceAndAVoidAfterAVerifyStopsThem() throws {
        let (_, tracker) = try agency()
        let ethics = try tracker.addCE(person: "ana", date: Day("2025-02-01")!, hours: Hours("3")!, title: "Ethics refresher", category: "ethics", provider: "UNC")
        let general = try tracker.addCE(person: "ana", date: Day("2025-03-01")!, hours: Hours("17")!, title: "WRAP", category: "general", provider: nil)
        try tracker.verify(record: ethics.id, as: "sam")
        try tracker.verify(record: general.id, as: "sam")
        var status = try tracker.status(of: "ana", on: Day("2025-12-01")!)
        #expect(status.hoursCounted == Hours(20))
        #expect(status.hoursVerified == Hours(20))
        #expect(status.verifiedRequirementsMet)

        #expect(throws: TrackerError.self) { try tracker.verify(record: ethics.id, as: "sam") }
        try tracker.void(record: ethics.id, reason: "entered for the wrong person", as: "sam")
        status = try tracker.status(of: "ana", on: Day("2025-12-01")!)
        #expect(status.hoursCounted == Hours(17))
        #expect(status.hoursVerified == Hours(17))
        #expect(!status.requirementsMet)
        #expect(try tracker.journal.allRecords().contains { $0.id == ethics.id })
    }

    @Test func onlyATrainedSupervisorWhoIsNotTheOwnerMayVerify() throws {
        let (_, tracker) = try agency()
        let ce = try tracker.addCE(person: "ana", date: Day("2025-02-01")!, hours: Hours("2")!, title: "Trauma-informed care", category: "general", provider: nil)
        let own = try tracker.addCE(person: "sam", date: Day("2025-02-01")!, hours: Hours("2")!, title: "Own training", category: "general", provider: nil)
        #expect(throws: TrackerError.self) { try tracker.verify(record: ce.id, as: "kim") }  // no supervisor course
        #expect(throws: TrackerError.self) { try tracker.verify(record: ce.id, as: "ana") }  // not a supervisor
        #expect(throws: TrackerError.self) { try tracker.verify(record: own.id, as: "sam") }  // own record
        #expect(throws: TrackerError.self) { try tracker.verify(record: ce.id, as: nil) }  // "tester" is nobody's login
        #expect(try tracker.verify(record: ce.id, as: "sam").stamp.actor == "sam")
    }

    @Test func theActingSupervisorIsFoundByTheirLogin() throws {
        let store = temporaryStore()
        let ce = try {
            let (_, setup) = try agency(store)
            return try setup.addCE(person: "ana", date: Day("2025-02-01")!, hours: Hours("2")!, title: "Trauma-informed care", category: "general", provider: nil)
        }()
        let asSam = try Tracker(store: store, programs: shippedPrograms, context: TrackerContext(now: clock("2026-11-22"), account: "sam"))
        let verify = try asSam.verify(record: ce.id, as: nil)
        #expect(verify.stamp.actor == "sam")
        #expect(verify.stamp.account == "sam")
    }

    @Test(arguments: [
        ["ce", "ana", "2025-02-29", "2", "general"],  // no such date
        ["ce", "ana", "2025-02-01", "-1", "general"],
        ["ce", "ana", "2025-02-01", "0", "general"],
        ["ce", "ana", "2025-02-01", "two", "general"],
        ["ce", "ana", "2025-02-01", "25", "general"],  // more than a day
        ["ce", "ana", "2025-02-01", "2", "cooking"],  // unknown category
        ["ce", "nobody", "2025-02-01", "2", "general"],
        ["ce", "ana", "2027-01-01", "2", "general"],  // in the future
        ["person", "ana"],  // duplicate id
        ["certify", "ana", "nc-ccc"],  // unknown program
        ["verify", "0000000000000000"],  // unknown record
        ["verify-voided"],
    ])
    func badInputIsRefusedAndTheJournalIsUnchanged(command: [String]) throws {
        let (store, tracker) = try agency()
        let voided = try tracker.addCE(person: "ana", date: Day("2025-02-01")!, hours: Hours("2")!, title: "Dup", category: "general", provider: nil)
        try tracker.void(record: voided.id, reason: "duplicate", as: nil)
        let before = journalBytes(store)
        #expect(throws: TrackerError.self) {
            switch command[0] {
            case "ce":
                // A date or hours of the wrong form cannot even become the typed input.
                guard let date = Day(command[2]), let hours = Hours(command[3]) else {
                    throw TrackerError.invalidValue(field: .date, value: command[2], expected: "a typed day and hours")
                }
                try tracker.addCE(person: command[1], date: date, hours: hours, title: "Training", category: command[4], provider: nil)
            case "person":
                try tracker.addPerson(id: command[1], name: "Someone", role: .specialist, login: nil)
            case "certify":
                try tracker.addPerson(id: "new", name: "New", role: .specialist, login: nil)
                let middle = journalBytes(store)
                defer { #expect(journalBytes(store) == middle) }
                try tracker.certify(person: "new", date: Day("2025-01-01")!, program: command[2], number: nil, designation: nil, override: "certified before this store was kept")
            case "verify":
                try tracker.verify(record: command[1], as: "sam")
            default:
                try tracker.verify(record: voided.id, as: "sam")
            }
        }
        if command[0] != "certify" {
            #expect(journalBytes(store) == before)
        }
    }

    @Test func recertifyingAfterTheLateWindowIsRefused() throws {
        let (store, tracker) = try agency()
        let before = journalBytes(store)
        #expect(throws: TrackerError.self) { try tracker.recertify(person: "ana", date: Day("2026-05-01")!) }
        #expect(journalBytes(store) == before)
        try tracker.recertify(person: "ana", date: Day("2026-04-30")!, override: "renewal packet filed on paper")
        #expect(try tracker.status(of: "ana", on: Day("2026-05-01")!).due == Day("2028-03-31"))
    }

    @Test func dueReportPutsTheMostUrgentFirst() throws {
        let (_, tracker) = try agency()
        try tracker.addPerson(id: "bo", name: "Bo", role: .specialist, login: nil)
        try tracker.addPerson(id: "cy", name: "Cy", role: .specialist, login: nil)
        try tracker.addPerson(id: "di", name: "Di", role: .specialist, login: nil)
        try tracker.certify(person: "bo", date: Day("2024-01-10")!, program: nil, number: nil, designation: nil, override: "certified before this store was kept")  // due 2026-01-31
        try tracker.certify(person: "cy", date: Day("2024-02-10")!, program: nil, number: nil, designation: nil, override: "certified before this store was kept")  // due 2026-02-28
        try tracker.certify(person: "di", date: Day("2024-12-10")!, program: nil, number: nil, designation: nil, override: "certified before this store was kept")  // due 2026-12-31
        let report = try tracker.dueReport(within: 90, on: Day("2026-02-15")!)
        #expect(report.map(\.person.id) == ["bo", "cy", "ana"])
        #expect(report.map(\.renewal.state) == [.grace, .dueSoon, .dueSoon])
        #expect(try tracker.supervisorsWithoutTraining(on: Day("2026-02-15")!).map(\.person.id) == ["kim"])
    }

    @Test func stateIsRebuiltFromTheJournalAlone() throws {
        let store = temporaryStore()
        let original = try { () throws -> RenewalStatus in
            let (_, tracker) = try agency(store)
            let ce = try tracker.addCE(person: "ana", date: Day("2025-02-01")!, hours: Hours("2.5")!, title: "Peer supervision", category: "general", provider: nil)
            try tracker.verify(record: ce.id, as: "sam")
            return try tracker.status(of: "ana", on: Day("2025-06-01")!)
        }()
        let reopened = try openTracker(store)
        #expect(try reopened.status(of: "ana", on: Day("2025-06-01")!) == original)
        #expect(reopened.people.map(\.id) == ["ana", "sam", "kim"])
    }
}
