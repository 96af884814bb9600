import PeerTrackCore

/// Who is to verify what: the one rule every queue follows (`ce pending`, the queue walk of
/// `ce verify`, the dashboard). A CE record waits while it is neither verified nor voided.
/// It waits in the queue of the person's supervisor; the records of people no one
/// supervises wait in the unassigned queue, which administrators see. Oldest first: the
/// record recorded first, then the earlier training day, then the record id.
public struct VerificationQueue: Sendable {
    /// Whose queue: a supervisor, or nil for the unassigned queue.
    public var supervisor: Person?
    /// The records waiting, oldest first.
    public var items: [Item]

    /// A record waiting and whose it is.
    public struct Item: Sendable {
        public var record: CERecord
        public var person: Person
    }

    /// The CE records of `history` that wait for verification, as of `day` if given (a
    /// record of a later day is not yet there).
    public static func waiting(in history: PersonHistory, on day: Day? = nil) -> [CERecord] {
        history.continuingEducation.filter { ce in
            day.map { ce.date <= $0 } ?? true && history.verification(of: ce.id) == nil && !history.isVoided(ce.id)
        }
    }

    /// The supervisor whose queue a person's records wait in; nil for the unassigned queue.
    public static func queue(of person: Person) -> String? {
        person.supervisor
    }

    /// Whether `lhs` comes before `rhs` in a queue.
    public static func precedes(_ lhs: CERecord, _ rhs: CERecord) -> Bool {
        (lhs.stamp.time, lhs.date, lhs.id) < (rhs.stamp.time, rhs.date, rhs.id)
    }
}

extension Tracker {
    /// The queues the acting person (`as`, else the account's) sees: their own, of the
    /// people they supervise; and, for an administrator, the unassigned queue.
    public func verificationQueues(as actorID: String? = nil) throws -> [VerificationQueue] {
        guard let me = try actor(as: actorID) else { throw TrackerError.noActor(account: account) }
        var queues = [VerificationQueue(supervisor: me, items: try waitingItems(of: ledger.roster.specialists(of: me.id)))]
        if me.role == .admin {
            let unsupervised = ledger.people.filter { VerificationQueue.queue(of: $0) == nil }
            queues.append(VerificationQueue(supervisor: nil, items: try waitingItems(of: unsupervised)))
        }
        return queues
    }

    /// The records the acting supervisor is to verify, oldest first: their own queue.
    public func pendingVerifications(as actorID: String? = nil) throws -> [VerificationQueue.Item] {
        try verificationQueues(as: actorID)[0].items
    }

    private func waitingItems(of people: [Person]) throws -> [VerificationQueue.Item] {
        var items: [VerificationQueue.Item] = []
        for person in people {
            let history = try loadedHistory(of: person.id)
            items += VerificationQueue.waiting(in: history).map { VerificationQueue.Item(record: $0, person: person) }
        }
        return items.sorted { VerificationQueue.precedes($0.record, $1.record) }
    }
}
