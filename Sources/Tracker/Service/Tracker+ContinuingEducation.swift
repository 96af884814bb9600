import PeerTrackCore

extension Tracker {
    /// Records CE hours for a person; the category must be one their program knows.
    @discardableResult
    public func addCE(
        person id: String, date text: String, hours hoursText: String, title: String, category: String, provider: String?,
        extra: [(String, String)] = [], actor actorID: String? = nil
    ) throws -> Record {
        _ = try person(id)
        let date = try pastDate(text)
        let hours = try Tracker.hours(hoursText)
        let program = try program(of: id)
        guard program.category(category) != nil else {
            throw TrackerError.invalidValue(field: "--category", value: category, expected: "one of \(program.categoryIDs.joined(separator: ", ")) (program \(program.id))")
        }
        var fields = [
            ("person", id), ("date", date.description), ("hours", hours.description),
            ("title", try Tracker.nonEmpty(title, field: "--title")), ("category", category),
        ]
        if let provider { fields.append(("provider", try Tracker.nonEmpty(provider, field: "--provider"))) }
        fields += extra
        return try write([(.ce, fields)], actor: try actorID ?? actor(as: nil)?.id)[0]
    }

    /// Voids a CE or training record; it stops counting, and stays in the journal.
    @discardableResult
    public func void(record id: String, reason: String, as actorID: String?) throws -> Record {
        let target = try record(id, kinds: [.ce, .training], describing: "CE or training")
        if let earlier = ledger.void(of: target.id) {
            throw TrackerError.notAllowed("record \(id) was already voided on \(earlier.time) (\(earlier["reason"] ?? "no reason")); nothing was changed")
        }
        let reason = try Tracker.nonEmpty(reason, field: "--reason")
        return try write([(.void, [("target", target.id), ("person", target["person"] ?? ""), ("reason", reason)])], actor: try actor(as: actorID)?.id)[0]
    }

    /// Verifies a CE record as a supervisor who has completed the supervisor course and is
    /// not the record's owner.
    @discardableResult
    public func verify(record id: String, as actorID: String?) throws -> Record {
        let target = try record(id, kinds: [.ce], describing: "CE")
        guard let supervisor = try actor(as: actorID) else {
            throw TrackerError.notAllowed(
                "who is verifying? No one on the roster has the login '\(context.account)'; pass --as SUPERVISOR-ID")
        }
        guard supervisor.role == .supervisor else {
            throw TrackerError.notAllowed("\(supervisor.id) is a \(supervisor.role.rawValue); only a supervisor may verify CE records")
        }
        let owner = target["person"] ?? ""
        guard supervisor.id != owner else {
            throw TrackerError.notAllowed("\(supervisor.id) cannot verify their own CE record; ask another supervisor")
        }
        let program = try program(of: owner)
        try load(people: [supervisor.id])
        guard ledger.hasTraining(supervisor.id, course: program.supervisorCourse, by: context.today) else {
            throw TrackerError.notAllowed(
                "\(supervisor.id) has not completed \"\(program.supervisorCourse)\"; record it with `peertrack training add \(supervisor.id) --course \"\(program.supervisorCourse)\" --date YYYY-MM-DD` first")
        }
        if let void = ledger.void(of: target.id) {
            throw TrackerError.notAllowed("record \(id) was voided on \(void.time) (\(void["reason"] ?? "")); a voided record cannot be verified")
        }
        if let earlier = ledger.verification(of: target.id) {
            throw TrackerError.notAllowed("record \(id) was already verified by \(earlier.actor ?? earlier.account) on \(earlier.time); nothing was changed")
        }
        return try write([(.verify, [("target", target.id), ("person", owner)])], actor: supervisor.id)[0]
    }
}
