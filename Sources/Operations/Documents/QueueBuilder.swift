import Documents
import Tracker

/// The dashboard's queues, by the one rule of who verifies what (`VerificationQueue`: the
/// supervisor's queue, or the unassigned queue, oldest first). Each queue keeps its size and
/// its oldest `SupervisorQueue.shown` records only, so that a statewide dashboard holds a few
/// records per supervisor, not every record waiting.
package struct QueueBuilder {
    private var oldest: [String: [DocumentContent.Waiting]] = [:]
    private var sizes: [String: Int] = [:]
    /// The key of the unassigned queue (no person id is empty).
    private static let unassignedKey = ""

    package init() {}

    /// Counts a waiting record in its queue, and keeps it while it is among the oldest.
    package mutating func add(_ item: DocumentContent.Waiting) {
        let key = VerificationQueue.queue(of: item.owner) ?? QueueBuilder.unassignedKey
        sizes[key, default: 0] += 1
        var kept = oldest[key, default: []]
        let limit = DashboardContent.SupervisorQueue.shown
        if kept.count == limit, let last = kept.last, !VerificationQueue.precedes(item.record, last.record) { return }
        let place = kept.firstIndex { VerificationQueue.precedes(item.record, $0.record) } ?? kept.count
        kept.insert(item, at: place)
        if kept.count > limit { kept.removeLast() }
        oldest[key] = kept
    }

    /// The queue of each supervisor, in the order given.
    package func queues(of supervisors: [Person]) -> [DashboardContent.SupervisorQueue] {
        supervisors.map { supervisor in
            DashboardContent.SupervisorQueue(
                supervisorName: supervisor.name, supervisorID: supervisor.id, records: (oldest[supervisor.id] ?? []).map(\.shown), total: sizes[supervisor.id] ?? 0)
        }
    }

    /// The records of people no one supervises.
    package var unassigned: DashboardContent.SupervisorQueue {
        DashboardContent.SupervisorQueue(
            supervisorName: "No supervisor assigned", records: (oldest[QueueBuilder.unassignedKey] ?? []).map(\.shown),
            total: sizes[QueueBuilder.unassignedKey] ?? 0)
    }
}
