import Foundation
import PeerTrackCore
import Testing

@testable import Tracker

/// The one rule of who verifies what (`VerificationQueue`): a supervisor's queue is the
/// waiting CE records of the people they supervise, the records of people no one
/// supervises are the unassigned queue, which administrators alone see, and `as` names
/// whose queue it is in a personal store.
struct VerificationQueueTests {
    private let store = temporaryStore()

    /// A personal store: an administrator (this account), two supervisors, two specialists
    /// with one record each; `assigned` says whether the roster names their supervisors.
    private func setUp(assigned: Bool) throws -> (ana: String, bo: String) {
        let tracker = try openTracker(store)
        try tracker.initialize(agency: "Hope Works", program: nil, administrator: (id: "ada", name: "Ada", login: "tester"))
        try tracker.addPerson(id: "ada", name: "Ada", role: .admin, login: "tester")
        try tracker.addPerson(id: "sam", name: "Sam", role: .supervisor, login: nil)
        try tracker.addPerson(id: "kim", name: "Kim", role: .supervisor, login: nil)
        try tracker.addPerson(id: "ana", name: "Ana", role: .specialist, login: nil, supervisor: assigned ? "sam" : nil)
        try tracker.addPerson(id: "bo", name: "Bo", role: .specialist, login: nil, supervisor: assigned ? "kim" : nil)
        let ana = try tracker.addCE(person: "ana", date: Day("2025-02-01")!, hours: Hours(2), title: "A", category: "general", provider: nil)
        let bo = try tracker.addCE(person: "bo", date: Day("2025-01-01")!, hours: Hours(1), title: "B", category: "ethics", provider: nil)
        return (ana.id, bo.id)
    }

    @Test func withSupervisionAssignedEachSupervisorSeesTheirOwnAndNoOneIsUnassigned() throws {
        let ids = try setUp(assigned: true)
        let tracker = try openTracker(store)
        #expect(try tracker.pendingVerifications(as: "sam").map(\.record.id) == [ids.ana])
        #expect(try tracker.pendingVerifications(as: "kim").map(\.record.id) == [ids.bo])
        let admin = try tracker.verificationQueues(as: "ada")
        #expect(admin.count == 2, "an administrator sees their own queue and the unassigned one")
        #expect(admin[1].supervisor == nil && admin[1].items.isEmpty)
    }

    @Test func withoutSupervisionNoSupervisorGetsEveryonesRecordsTheAdministratorSeesThemUnassigned() throws {
        let ids = try setUp(assigned: false)
        let tracker = try openTracker(store)
        #expect(try tracker.verificationQueues(as: "sam").map(\.items.count) == [0], "no unassigned queue for a supervisor")
        #expect(try tracker.verificationQueues(as: "kim").map(\.items.count) == [0])
        let unassigned = try tracker.verificationQueues(as: "ada")[1]
        #expect(unassigned.supervisor == nil)
        // Recorded in the same second (the clock is fixed): the earlier training first.
        #expect(unassigned.items.map(\.record.id) == [ids.bo, ids.ana])
    }

    @Test func aVerifiedOrVoidedRecordLeavesTheQueueAndAsNamesWhoseQueue() throws {
        let ids = try setUp(assigned: true)
        let tracker = try openTracker(store)
        try tracker.addTraining(person: "sam", course: "Supervising NC Certified Peer Support Specialists", date: Day("2025-01-05")!, hours: Hours(3))
        try tracker.verify(record: ids.ana, as: "sam")
        try tracker.void(record: ids.bo, reason: "entered twice", as: nil)
        #expect(try tracker.pendingVerifications(as: "sam").isEmpty)
        #expect(try tracker.pendingVerifications(as: "kim").isEmpty)
        #expect(throws: TrackerError.self) { try tracker.pendingVerifications(as: "nobody") }
    }

    @Test func onADayARecordOfALaterDayIsNotYetWaiting() throws {
        _ = try setUp(assigned: true)
        let history = try openTracker(store).history(of: "ana")
        #expect(VerificationQueue.waiting(in: history, on: Day("2025-01-31")!).isEmpty)
        #expect(VerificationQueue.waiting(in: history, on: Day("2025-02-01")!).count == 1)
        #expect(VerificationQueue.waiting(in: history).count == 1)
    }
}
