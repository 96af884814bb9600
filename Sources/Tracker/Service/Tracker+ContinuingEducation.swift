import PeerTrackCore

extension Tracker {
    /// Records CE hours for a person; the category must be one their program knows.
    @discardableResult
    public func addCE(
        person id: String, date: Day, hours: Hours, title: String, category: String, provider: String?
    ) throws -> CERecord {
        try addCE(person: id, date: date, hours: hours, title: title, category: category, provider: provider, extra: [], actor: nil)
    }

    func addCE(
        person id: String, date: Day, hours: Hours, title: String, category: String, provider: String?, extra: [(String, String)],
        actor actorID: String?
    ) throws -> CERecord {
        let fields = try checkedCE(person: id, date: date, hours: hours, title: title, category: category, provider: provider) + extra
        return try typed(write([(.ce, fields)], actor: try actorID ?? actor(as: nil)?.id)[0], CERecord.init)
    }

    /// A CE record's fields, once every value is checked: a person on the roster, a day not
    /// in the future, hours of one day at most, a category of their program.
    func checkedCE(
        person id: String, date: Day, hours: Hours, title: String, category: String, provider: String?
    ) throws -> [(String, String)] {
        _ = try person(id)
        try checkPast(date)
        try Tracker.check(hours, field: .hours)
        let program = try program(of: id)
        guard program.category(category) != nil else {
            throw TrackerError.invalidValue(
                field: .category, value: category, expected: "one of \(program.categoryIDs.joined(separator: ", ")) (program \(program.id))")
        }
        var fields = [
            ("person", id), ("date", date.description), ("hours", hours.description),
            ("title", try Tracker.nonEmpty(title, field: .title)), ("category", category),
        ]
        if let provider { fields.append(("provider", try Tracker.nonEmpty(provider, field: .provider))) }
        return fields
    }

    /// Voids a CE or training record; it stops counting, and stays in the journal.
    @discardableResult
    public func void(record id: String, reason: String, as actorID: String?) throws -> VoidRecord {
        let target = try record(id, kinds: [.ce, .training], describing: "CE or training")
        let owner = target.person ?? ""
        if let earlier = try history(of: owner).void(of: target.id) {
            throw TrackerError.alreadyVoided(id: id, at: earlier.stamp.time, reason: earlier.reason)
        }
        let reason = try Tracker.nonEmpty(reason, field: .reason)
        let record = try write([(.void, [("target", target.id), ("person", owner), ("reason", reason)])], actor: try actor(as: actorID)?.id)[0]
        return try typed(record, VoidRecord.init)
    }

    /// Verifies a CE record as a supervisor who has completed the supervisor course and is
    /// not the record's owner.
    @discardableResult
    public func verify(record id: String, as actorID: String?) throws -> Verification {
        let target = try record(id, kinds: [.ce], describing: "CE")
        guard let supervisor = try actor(as: actorID) else { throw TrackerError.noActor(account: context.account) }
        guard supervisor.role == .supervisor else { throw TrackerError.notASupervisor(id: supervisor.id, role: supervisor.role) }
        let owner = target.person ?? ""
        guard supervisor.id != owner else { throw TrackerError.ownRecord(id: id, supervisor: supervisor.id) }
        let program = try program(of: owner)
        guard try history(of: supervisor.id).hasTraining(course: program.supervisorCourse, by: context.today) else {
            throw TrackerError.supervisorUntrained(id: supervisor.id, course: program.supervisorCourse)
        }
        let history = try history(of: owner)
        if let void = history.void(of: target.id) {
            throw TrackerError.voidedRecord(id: id, at: void.stamp.time, reason: void.reason)
        }
        if let earlier = history.verification(of: target.id) {
            throw TrackerError.alreadyVerified(id: id, by: earlier.supervisor, at: earlier.stamp.time)
        }
        return try typed(write([(.verify, [("target", target.id), ("person", owner)])], actor: supervisor.id)[0], Verification.init)
    }

    /// The typed view of a record just written.
    func typed<View>(_ record: Record, _ view: (Record) -> View?) throws -> View {
        guard let typed = view(record) else { throw TrackerError.unknownRecord(record.id, expected: record.kind.rawValue) }
        return typed
    }
}
