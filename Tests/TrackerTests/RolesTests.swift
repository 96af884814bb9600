import Foundation
import PeerTrackCore
import Testing

@testable import Tracker

#if canImport(Glibc)
import Glibc
#endif

/// A shared store (setgid, open to the process's own group) with an administrator, two
/// supervisors with the supervisor course, and a specialist for each of them.
private final class Agency {
    let store = temporaryStore()
    var anaCE = ""
    var anaVerifiedCE = ""
    var boCE = ""
    var samCE = ""

    init() throws {
        let group = String(cString: getgrgid(getgid()).pointee.gr_name)
        try Tracker.prepareSharedStore(at: store, group: group)
        // One tracker at a time: each holds the journal's lock while it lives.
        do { try setUp(try tracker("ada")) }
        try tracker("sam").verify(record: anaVerifiedCE, as: nil)
    }

    private func setUp(_ admin: Tracker) throws {
        try admin.initialize(agency: "Hope Works", program: nil, administrator: (id: "ada", name: "Ada Admin", login: "ada"))
        try admin.addPerson(id: "sam", name: "Sam Lee", role: .supervisor, login: "sam")
        try admin.addPerson(id: "kim", name: "Kim Roe", role: .supervisor, login: "kim")
        try admin.addPerson(id: "ana", name: "Ana Diaz", role: .specialist, login: "ana", supervisor: "sam")
        try admin.addPerson(id: "bo", name: "Bo Park", role: .specialist, login: "bo", supervisor: "kim")
        for supervisor in ["sam", "kim"] {
            try admin.addTraining(
                person: supervisor, course: "Supervising NC Certified Peer Support Specialists", date: Day("2025-01-05")!, hours: Hours(3))
        }
        try admin.certify(person: "ana", date: Day("2024-03-15")!, program: nil, number: nil, designation: nil, override: "certified before this store was kept")
        anaCE = try admin.addCE(person: "ana", date: Day("2025-02-01")!, hours: Hours(2), title: "Ana's", category: "general", provider: nil).id
        anaVerifiedCE = try admin.addCE(person: "ana", date: Day("2025-02-02")!, hours: Hours(2), title: "Ana's, verified", category: "ethics", provider: nil).id
        boCE = try admin.addCE(person: "bo", date: Day("2025-02-01")!, hours: Hours(2), title: "Bo's", category: "general", provider: nil).id
        samCE = try admin.addCE(person: "sam", date: Day("2025-02-01")!, hours: Hours(2), title: "Sam's", category: "general", provider: nil).id
    }

    /// The store opened by an OS account.
    func tracker(_ account: String) throws -> Tracker {
        try Tracker(store: store, programs: shippedPrograms, context: TrackerContext(now: clock("2026-11-22"), account: account))
    }

    /// Whether `account` may do `body`; a refusal must leave the journal as it was.
    func allows(_ account: String, _ body: (Tracker) throws -> Void) throws -> Bool {
        let before = journalBytes(store)
        do {
            try body(try tracker(account))
            return true
        } catch let error as TrackerError {
            switch error {
            case .notPermitted, .notOnRoster, .verifyOnBehalf, .notASupervisor, .ownRecord: break
            default: Issue.record("\(account): unexpected \(error)")
            }
            #expect(journalBytes(store) == before, "\(account) was refused and nothing was written")
            return false
        }
    }
}

struct RolesTests {
    @Test func theStoreIsSharedAndItsFilesAreTheGroups() throws {
        let agency = try Agency()
        var info = stat()
        #expect(stat(agency.store.path, &info) == 0)
        #expect(info.st_mode & 0o7777 == 0o2770)
        #expect(stat(agency.store.appendingPathComponent(Journal.fileName).path, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o660)
        #expect(try agency.tracker("ada").person("ada").role == .admin, "the account that set the store up is its first administrator")
    }

    @Test func seeingRecordsIsForThePersonTheirSupervisorAndAdministrators() throws {
        let agency = try Agency()
        let see = { (id: String) in { (tracker: Tracker) in _ = try tracker.history(of: id) } }
        #expect(try agency.allows("ana", see("ana")))
        #expect(try !agency.allows("ana", see("bo")))
        #expect(try agency.allows("sam", see("sam")))
        #expect(try agency.allows("sam", see("ana")))
        #expect(try !agency.allows("sam", see("bo")))
        #expect(try agency.allows("ada", see("bo")))
        #expect(try !agency.allows("stranger", see("ana")))
        #expect(try agency.tracker("sam").standings(on: Day("2026-01-01")!).map(\.person.id) == ["sam", "ana"])
        #expect(try agency.tracker("ana").standings(on: Day("2026-01-01")!).map(\.person.id) == ["ana"])
        #expect(try agency.tracker("ada").standings(on: Day("2026-01-01")!).count == 5)
    }

    @Test func learningIsUnderOnesOwnPersonOrByAnAdministratorOnTheirBehalf() throws {
        let agency = try Agency()
        let learnAs = { (id: String?) in { (tracker: Tracker) in _ = try tracker.recordLesson("x", module: "ethics", for: try tracker.learner(as: id)) } }
        #expect(try agency.allows("ana", learnAs(nil)))
        #expect(try !agency.allows("ana", learnAs("bo")))
        #expect(try !agency.allows("sam", learnAs("ana")), "a supervisor does not act on a specialist's behalf")
        #expect(try agency.allows("ada", learnAs("ana")))
        #expect(try !agency.allows("stranger", learnAs(nil)))
    }

    @Test func addingCEIsForOneselfTheSupervisorOrAnAdministrator() throws {
        let agency = try Agency()
        let add = { (id: String) in
            { (tracker: Tracker) in
                _ = try tracker.addCE(person: id, date: Day("2025-03-01")!, hours: Hours(1), title: "T", category: "general", provider: nil)
            }
        }
        #expect(try agency.allows("ana", add("ana")))
        #expect(try !agency.allows("ana", add("bo")))
        #expect(try agency.allows("sam", add("ana")))
        #expect(try agency.allows("sam", add("sam")))
        #expect(try !agency.allows("sam", add("bo")))
        #expect(try agency.allows("ada", add("bo")))
    }

    @Test func verifyingIsForTheOwnersSupervisorUnderTheirOwnAccount() throws {
        let agency = try Agency()
        let verify = { (id: String, as: String?) in { (tracker: Tracker) in _ = try tracker.verify(record: id, as: `as`) } }
        #expect(try !agency.allows("ana", verify(agency.anaCE, nil)), "never a specialist")
        #expect(try !agency.allows("ana", verify(agency.anaCE, "sam")), "not even naming the supervisor")
        #expect(try !agency.allows("kim", verify(agency.anaCE, nil)), "not another supervisor's specialist")
        #expect(try !agency.allows("sam", verify(agency.samCE, nil)), "never one's own")
        #expect(try !agency.allows("ada", verify(agency.anaCE, nil)), "an administrator only if also a supervisor")
        #expect(try !agency.allows("ada", verify(agency.anaCE, "sam")), "never on someone's behalf")
        #expect(try agency.allows("sam", verify(agency.anaCE, nil)))
        #expect(try agency.allows("kim", verify(agency.boCE, nil)))
    }

    @Test func voidingIsForOwnUnverifiedRecordsTheSupervisorOrAnAdministrator() throws {
        let agency = try Agency()
        let void = { (id: String) in { (tracker: Tracker) in _ = try tracker.void(record: id, reason: "mistake", as: nil) } }
        #expect(try !agency.allows("ana", void(agency.anaVerifiedCE)), "not once verified")
        #expect(try !agency.allows("ana", void(agency.boCE)))
        #expect(try !agency.allows("sam", void(agency.boCE)))
        #expect(try agency.allows("ana", void(agency.anaCE)))
        #expect(try agency.allows("sam", void(agency.anaVerifiedCE)))
        #expect(try agency.allows("ada", void(agency.boCE)))
    }

    @Test func requirementsFollowTheRolesTable() throws {
        let agency = try Agency()
        let course = { (person: String) in
            { (tracker: Tracker) in
                _ = try tracker.addRequirement(
                    person: person, item: "initial-training", date: Day("2025-04-10")!, details: RequirementDetails(title: "NC CPSS training", hours: Hours(50)))
            }
        }
        let reference = { (tracker: Tracker) in
            _ = try tracker.addRequirement(person: "ana", item: "references", date: Day("2025-05-02")!, details: RequirementDetails(from: "Rev. Lee"))
        }
        let attestation = { (tracker: Tracker) in
            _ = try tracker.addRequirement(person: "ana", item: "age", date: Day("2025-05-02")!, details: RequirementDetails())
        }
        // A course: the person's supervisor or an administrator; not the person, nor another supervisor.
        #expect(try !agency.allows("ana", course("ana")))
        #expect(try !agency.allows("kim", course("ana")))
        #expect(try !agency.allows("sam", course("sam")), "a supervisor does not record their own")
        #expect(try agency.allows("sam", course("ana")))
        #expect(try agency.allows("ada", course("bo")))
        // Other training likewise: Sam for Ana, never for himself.
        let training = { (person: String) in
            { (tracker: Tracker) in _ = try tracker.addTraining(person: person, course: "WRAP seminar", date: Day("2025-03-01")!, hours: Hours(6)) }
        }
        #expect(try agency.allows("sam", training("ana")))
        #expect(try !agency.allows("sam", training("sam")))
        #expect(try !agency.allows("ana", training("ana")))
        // Attestations and references: an administrator.
        for action in [reference, attestation] {
            #expect(try !agency.allows("ana", action))
            #expect(try !agency.allows("sam", action))
            #expect(try agency.allows("ada", action))
        }
        let records = try agency.tracker("ada").records(about: "ana").filter { [.course, .attestation, .document].contains($0.kind) }
        #expect(records.map(\.kind) == [.course, .document, .attestation])
        #expect(records.map(\.actor) == ["sam", "ada", "ada"])
        #expect(records.last?["by"] == "ada")
    }

    @Test func theRosterCertificationsAndTrainingAreForAdministrators() throws {
        let agency = try Agency()
        let actions: [(Tracker) throws -> Void] = [
            { _ = try $0.addPerson(id: "new", name: "New", role: .specialist, login: nil) },
            { _ = try $0.assign(person: "bo", supervisor: "sam") },
            { _ = try $0.certify(person: "bo", date: Day("2025-01-01")!, program: nil, number: nil, designation: nil, override: "certified before this store was kept") },
            { _ = try $0.recertify(person: "ana", date: Day("2026-03-01")!, override: "renewal packet filed on paper") },
            { _ = try $0.addTraining(person: "kim", course: "Something", date: Day("2025-01-01")!, hours: nil) },
            { try $0.authorize(.manage, subject: nil) },  // transcript import
        ]
        for action in actions {
            #expect(try !agency.allows("ana", action))
            #expect(try !agency.allows("sam", action))
        }
        for action in actions.dropLast() {
            #expect(try agency.allows("ada", action))
        }
    }

    @Test func reportsAndExportsAreForSupervisorsOfTheirSpecialistsAndAdministrators() throws {
        let agency = try Agency()
        let report = { (tracker: Tracker) in _ = try tracker.dueReport(within: 90, on: Day("2026-01-01")!) }
        let export = { (id: String?) in { (tracker: Tracker) in try tracker.authorize(.export, subject: id) } }
        #expect(try !agency.allows("ana", report))
        #expect(try agency.allows("sam", report))
        #expect(try agency.allows("ada", report))
        #expect(try !agency.allows("ana", export("ana")))
        #expect(try agency.allows("sam", export("ana")))
        #expect(try !agency.allows("sam", export("bo")))
        #expect(try !agency.allows("sam", export(nil)), "the whole agency is for administrators")
        #expect(try agency.allows("ada", export(nil)))
        #expect(try !agency.allows("sam", { _ = try $0.streamRecords({ $0.count }, consume: { _ in }) }), "the audit trail too")
    }

    @Test func aSupervisorsQueueHoldsTheirSpecialistsUnverifiedRecordsOldestFirst() throws {
        let agency = try Agency()
        #expect(try agency.tracker("sam").pendingVerifications().map(\.record.id) == [agency.anaCE])
        #expect(try agency.tracker("kim").pendingVerifications().map(\.record.id) == [agency.boCE])
        try agency.tracker("ada").assign(person: "bo", supervisor: "sam")
        // Both were recorded at the same instant (the clock is fixed), so either may come first.
        #expect(Set(try agency.tracker("sam").pendingVerifications().map(\.record.id)) == [agency.anaCE, agency.boCE])
        #expect(try agency.tracker("kim").pendingVerifications().isEmpty, "an assignment moves the queue")
    }

    @Test func inAPersonalStoreTheOwnerMayDoEverything() throws {
        let store = temporaryStore()
        let tracker = try openTracker(store, account: "owner")
        #expect(!tracker.isShared)
        try tracker.initialize(agency: "Solo", program: nil)
        try tracker.addPerson(id: "sam", name: "Sam", role: .supervisor, login: nil)
        try tracker.addPerson(id: "ana", name: "Ana", role: .specialist, login: nil)
        try tracker.addTraining(person: "sam", course: "Supervising NC Certified Peer Support Specialists", date: Day("2025-01-05")!, hours: nil)
        let ce = try tracker.addCE(person: "ana", date: Day("2025-02-01")!, hours: Hours(1), title: "T", category: "general", provider: nil)
        #expect(try tracker.verify(record: ce.id, as: "sam").stamp.actor == "sam", "--as is the owner's to use")
        #expect(tracker.people.map(\.id) == ["sam", "ana"], "no administrator is made for a personal store")
    }
}
