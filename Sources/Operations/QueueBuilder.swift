import Documents
import Tracker

/// Who is to verify what: each supervisor's queue holds the unverified records of the people
/// the roster says they supervise; the records of people no one supervises form the
/// unassigned queue, which administrators see (the same rule as `ce pending`). Each queue
/// keeps its size and its oldest `SupervisorQueue.shown` records only, so that a statewide
/// dashboard holds a few records per supervisor, not every record waiting.
package struct QueueBuilder {
    private let supervisorOf: [String: String]
    private var oldest: [String: [DashboardContent.QueuedRecord]] = [:]
    private var sizes: [String: Int] = [:]
    /// The key of the unassigned queue (no person id is empty).
    private static let unassignedKey = ""

    package init(roster: [Person]) {
        var supervisorOf: [String: String] = [:]
        for person in roster { if let supervisor = person.supervisor { supervisorOf[person.id] = supervisor } }
        self.supervisorOf = supervisorOf
    }

    /// Counts a waiting record in its queue, and keeps it while it is among the oldest.
    package mutating func add(_ item: DocumentContent.Waiting) {
        let key = supervisorOf[item.owner] ?? QueueBuilder.unassignedKey
        sizes[key, default: 0] += 1
        var kept = oldest[key, default: []]
        let limit = DashboardContent.SupervisorQueue.shown
        if kept.count == limit, let last = kept.last, !QueueBuilder.isOlder(item.record, than: last) { return }
        let place = kept.firstIndex { QueueBuilder.isOlder(item.record, than: $0) } ?? kept.count
        kept.insert(item.record, at: place)
        if kept.count > limit { kept.removeLast() }
        oldest[key] = kept
    }

    /// Oldest first: by the training's day, then by record id.
    private static func isOlder(_ lhs: DashboardContent.QueuedRecord, than rhs: DashboardContent.QueuedRecord) -> Bool {
        (lhs.date, lhs.recordID) < (rhs.date, rhs.recordID)
    }

    /// The queue of each supervisor, in the order given.
    package func queues(of supervisors: [Person]) -> [DashboardContent.SupervisorQueue] {
        supervisors.map { supervisor in
            DashboardContent.SupervisorQueue(
                supervisorName: supervisor.name, supervisorID: supervisor.id, records: oldest[supervisor.id] ?? [], total: sizes[supervisor.id] ?? 0)
        }
    }

    /// The records of people no one supervises.
    package var unassigned: DashboardContent.SupervisorQueue {
        DashboardContent.SupervisorQueue(
            supervisorName: "No supervisor assigned", records: oldest[QueueBuilder.unassignedKey] ?? [],
            total: sizes[QueueBuilder.unassignedKey] ?? 0)
    }
}
