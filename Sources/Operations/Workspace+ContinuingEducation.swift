import Foundation
import PeerTrackCore
import Tracker

/// A CE record to add, as `ce add` takes it.
package struct CEEntryInput: Sendable {
    package var person: String
    package var date: Day
    package var hours: Hours
    package var title: String
    package var category: String
    package var provider: String?
    /// A certificate's PDF or image to attach as the record's evidence.
    package var evidence: String?

    package init(person: String, date: Day, hours: Hours, title: String, category: String, provider: String?, evidence: String?) {
        (self.person, self.date, self.hours, self.title, self.category, self.provider, self.evidence) =
            (person, date, hours, title, category, provider, evidence)
    }
}

/// A supervisor's walk through their queue: each record in turn, answered.
package enum QueueAnswer: Sendable {
    case verify, skip, stop
}

extension Workspace {
    /// Records CE hours, with their evidence if given (read before the store is locked).
    package func addCE(_ entry: CEEntryInput) throws -> CERecord {
        let file = try entry.evidence.map { try EvidenceCandidate(reading: URL(fileURLWithPath: $0)) }
        let tracker = try openTracker()
        if let file {
            return try tracker.addCE(
                person: entry.person, date: entry.date, hours: entry.hours, title: entry.title, category: entry.category,
                provider: entry.provider, evidence: file
            ).record
        }
        return try tracker.addCE(
            person: entry.person, date: entry.date, hours: entry.hours, title: entry.title, category: entry.category, provider: entry.provider)
    }

    /// A person's records, for `ce list`.
    package func history(of person: String) throws -> PersonHistory {
        try openTracker().history(of: person)
    }

    package func void(record: String, reason: String, as actor: String?) throws -> VoidRecord {
        try openTracker().void(record: record, reason: reason, as: actor)
    }

    package func verify(record: String, as actor: String?) throws -> Verification {
        try openTracker().verify(record: record, as: actor)
    }

    /// The queues the acting person sees (`ce pending`).
    package func verificationQueues(as actor: String?) throws -> [VerificationQueue] {
        try openTracker().verificationQueues(as: actor)
    }

    /// Walks the acting supervisor's queue: `ask` is shown each record (its place, the
    /// count) and answers; `verified` hears of each verification. Returns the queue's size
    /// and how many were verified and skipped.
    package func walkQueue(
        as actor: String?, ask: (VerificationQueue.Item, Int, Int) -> QueueAnswer, verified: (Verification) -> Void
    ) throws -> (size: Int, verified: Int, skipped: Int) {
        let tracker = try openTracker()
        let pending = try tracker.pendingVerifications(as: actor)
        var (done, skipped) = (0, 0)
        for (position, item) in pending.enumerated() {
            switch ask(item, position + 1, pending.count) {
            case .stop: return (pending.count, done, skipped)
            case .skip: skipped += 1
            case .verify:
                verified(try tracker.verify(record: item.record.id, as: actor))
                done += 1
            }
        }
        return (pending.count, done, skipped)
    }

    package func addTraining(person: String, course: String, date: Day, hours: Hours?) throws -> TrainingRecord {
        try openTracker().addTraining(person: person, course: course, date: date, hours: hours)
    }

    /// Attaches a file (read before the store is locked) to a CE record as its evidence.
    package func attachEvidence(_ path: String, to record: String) throws -> EvidenceAttachment {
        let candidate = try EvidenceCandidate(reading: URL(fileURLWithPath: path))
        return try openTracker().attachEvidence(candidate, to: record)
    }

    /// A CE record's evidence file, checked against its hash.
    package func evidenceFile(_ record: String) throws -> (evidence: Evidence, bytes: [UInt8]) {
        try openTracker().evidenceFile(record)
    }
}
