import Foundation
import PeerTrackCore

/// What attaching a file did.
public struct EvidenceAttachment: Sendable, Equatable {
    /// The evidence record naming the file.
    public var evidence: Evidence
    /// Whether the record was there already and only the file was missing from the store
    /// (as for a record imported from another agency): the file is now kept, and no record
    /// was added.
    public var restored: Bool
}

extension Tracker {
    /// The store's evidence files.
    var evidenceStore: EvidenceStore {
        EvidenceStore(store: journal.directory, fileMode: journal.fileMode)
    }

    /// Records CE hours together with a file (read before the store was opened) as their evidence: both records in one append,
    /// after every value and the file are checked (a refused file records nothing).
    @discardableResult
    public func addCE(
        person id: String, date: Day, hours: Hours, title: String, category: String, provider: String?, evidence candidate: EvidenceCandidate
    ) throws -> (record: CERecord, evidence: Evidence) {
        try authorize(.addCE, subject: id)
        let fields = try checkedCE(person: id, date: date, hours: hours, title: title, category: category, provider: provider)
        let actorID = try actor(as: nil)?.id
        try evidenceStore.put(candidate)
        let ce = stamped(.ce, fields, actor: actorID)
        let evidence = stamped(.evidence, evidenceFields(candidate, target: ce.id, person: id), actor: actorID)
        try append([ce, evidence])
        return (try typed(ce, CERecord.init), try typed(evidence, Evidence.init))
    }

    /// Attaches a file to a CE record as its evidence: a new record, the CE record untouched.
    /// The same file attached again adds nothing, unless the store lacks its copy, which is
    /// then kept (no record is added either way).
    @discardableResult
    public func attachEvidence(_ candidate: EvidenceCandidate, to id: String) throws -> EvidenceAttachment {
        let target = try record(id, kinds: [.ce], describing: "CE")
        let owner = target.person ?? ""
        try authorize(.addCE, subject: owner)
        let store = evidenceStore
        if let earlier = try history(of: owner).evidence(of: target.id).first(where: { $0.sha256 == candidate.sha256 }) {
            guard !store.holds(candidate.sha256) else { throw TrackerError.evidenceAlreadyAttached(record: target.id, evidence: earlier.id) }
            try store.put(candidate)
            return EvidenceAttachment(evidence: earlier, restored: true)
        }
        let actorID = try actor(as: nil)?.id
        try store.put(candidate)
        let record = stamped(.evidence, evidenceFields(candidate, target: target.id, person: owner), actor: actorID)
        try append([record])
        return EvidenceAttachment(evidence: try typed(record, Evidence.init), restored: false)
    }

    /// The evidence of a record and the file's bytes, checked against the hash its record
    /// names. `id` is a CE record (its latest evidence) or an evidence record.
    public func evidenceFile(_ id: String) throws -> (evidence: Evidence, bytes: [UInt8]) {
        let found = try record(id, kinds: [.ce, .evidence], describing: "CE or evidence")
        let evidence: Evidence
        if found.kind == .evidence {
            evidence = try typed(found, Evidence.init)
        } else {
            guard let latest = try history(of: found.person ?? "").evidence(of: found.id).last else {
                throw TrackerError.noEvidence(record: found.id)
            }
            evidence = latest
        }
        let store = evidenceStore
        guard let bytes = try store.bytes(of: evidence.sha256) else {
            throw TrackerError.evidenceMissing(record: evidence.target, sha256: evidence.sha256, origin: found["origin"])
        }
        let actual = SHA256.hex(bytes)
        guard actual == evidence.sha256, bytes.count == evidence.size else {
            throw TrackerError.evidenceDamaged(
                record: evidence.target, path: store.location(of: evidence.sha256).path, expected: evidence.sha256, found: actual)
        }
        return (evidence, bytes)
    }

    /// The fields of an evidence record.
    private func evidenceFields(_ file: EvidenceCandidate, target: String, person: String) -> [(String, String)] {
        [("target", target), ("person", person), ("sha256", file.sha256), ("name", file.name), ("size", String(file.bytes.count))]
    }

    /// A new record, stamped as `write` stamps them, for appending with others that name it.
    private func stamped(_ kind: RecordKind, _ fields: [(String, String)], actor: String?) -> Record {
        stamper(actor: actor).record(kind, fields)
    }
}
