import Foundation
import PeerTrackCore

/// What a record meeting a requirement says besides the person, the item and the day; the
/// requirement's kind decides which of these it needs.
public struct RequirementDetails: Sendable {
    /// A course's title, contact hours and provider.
    public var title: String?
    public var hours: Hours?
    public var provider: String?
    /// Whom a document is from.
    public var from: String?
    /// Who attested a fact (else the person recording it).
    public var attestedBy: String?
    /// A document's file, kept by its SHA-256 as evidence.
    public var evidence: URL?

    /// Makes details; give those the requirement's kind needs.
    public init(
        title: String? = nil, hours: Hours? = nil, provider: String? = nil, from: String? = nil, attestedBy: String? = nil, evidence: URL? = nil
    ) {
        self.title = title
        self.hours = hours
        self.provider = provider
        self.from = from
        self.attestedBy = attestedBy
        self.evidence = evidence
    }
}

extension Tracker {
    /// Records that a requirement of the person's program is met: an approved course (by
    /// the person's supervisor or an administrator), an attestation or a document (by an
    /// administrator). Hours are CE records, and a deadline is a date, so neither is
    /// recorded here. Every value is checked before anything is written.
    @discardableResult
    public func addRequirement(person id: String, item: String, date: Day, details: RequirementDetails) throws -> Record {
        _ = try person(id)
        let program = try program(of: id)
        guard let requirement = program.recordableRequirement(item), let kind = requirement.recordKind else {
            throw TrackerError.invalidValue(
                field: .item, value: item,
                expected: program.recordableRequirementIDs.isEmpty
                    ? "nothing: program \(program.id) lists no requirement met by a record"
                    : "one of \(program.recordableRequirementIDs.joined(separator: ", ")) (program \(program.id); hours are CE records)")
        }
        try authorize(kind == .course ? .recordCourse : .manage, subject: id)
        try checkPast(date)
        var fields = [("person", id), ("item", item), ("date", date.description)]
        var candidate: EvidenceCandidate?
        switch kind {
        case .course:
            let title = try Tracker.nonEmpty(try details.title ?? missing(.title, "the course's title", requirement), field: .title)
            let hours = try details.hours ?? missing(.hours, "the course's contact hours", requirement)
            guard hours > .zero, hours <= Hours(1000) else {
                throw TrackerError.invalidValue(field: .hours, value: hours.description, expected: "more than 0 and at most 1000 hours")
            }
            fields += [("title", title), ("hours", hours.description)]
            if let provider = details.provider { fields.append(("provider", try Tracker.nonEmpty(provider, field: .provider))) }
        case .attestation:
            let by = try details.attestedBy.map { try Tracker.nonEmpty($0, field: .by) } ?? actor(as: nil)?.id ?? account
            fields.append(("by", by))
        default:
            let from = try Tracker.nonEmpty(try details.from ?? missing(.from, "whom the document is from", requirement), field: .from)
            fields.append(("from", from))
            if let file = details.evidence {
                let read = try EvidenceCandidate(reading: file)
                fields += [("sha256", read.sha256), ("name", read.name), ("size", String(read.bytes.count))]
                candidate = read
            }
        }
        if let candidate { try evidenceStore.put(candidate) }
        return try write([(kind, fields)], actor: try actor(as: nil)?.id)[0]
    }

    private func missing<T>(_ field: TrackerError.Field, _ what: String, _ requirement: Requirement) throws -> T {
        throw TrackerError.invalidValue(field: field, value: "", expected: "\(what) (\(requirement.id) is a \(requirement.kind.rawValue))")
    }

    /// The checklist of a certification step on `day` under `program`, for certify and
    /// recertify: the fields to add to the record (the override's reason and the ids of the
    /// items it passed over), or an error listing what is missing when there is no override. An override needs someone who
    /// may manage the person (an administrator, or the owner of a personal store).
    func checkedPath(of id: String, program: Program, stage: PathStage, on day: Day, override reason: String?) throws -> [(String, String)] {
        let history = try loadedHistory(of: id)
        let renewal = program.renewal(of: history, on: day, defaultProgram: ledger.defaultProgram)
        let path = program.path(of: history, renewal: renewal, on: day)
        let missing = path.stage == stage ? path.missing : []
        guard !missing.isEmpty else { return [] }
        guard let reason else {
            throw TrackerError.requirementsMissing(id: id, stage: stage, on: day, missing: missing.map(\.summary))
        }
        try authorize(.manage, subject: id)
        return [("override", try Tracker.nonEmpty(reason, field: .overrideReason)), ("missing", missing.map(\.id).joined(separator: ","))]
    }
}

extension Tracker {
    /// A document record and its file's bytes, checked against the hash the record names
    /// (for whoever may see the person's records).
    public func documentFile(_ id: String) throws -> (document: DocumentRecord, bytes: [UInt8]) {
        let found = try record(id, kinds: [.document], describing: "document")
        let document = try typed(found, DocumentRecord.init)
        try authorize(.view, subject: document.person)
        guard let sha256 = document.sha256 else {
            throw TrackerError.invalidValue(field: .id, value: found.id, expected: "a document recorded with its file (this one names none)")
        }
        let store = evidenceStore
        guard let bytes = try store.bytes(of: sha256) else {
            throw TrackerError.evidenceMissing(record: found.id, sha256: sha256, origin: found["origin"])
        }
        let actual = SHA256.hex(bytes)
        guard actual == sha256, document.size.map({ $0 == bytes.count }) ?? true else {
            throw TrackerError.evidenceDamaged(record: found.id, path: store.location(of: sha256).path, expected: sha256, found: actual)
        }
        return (document, bytes)
    }
}
