import PeerTrackCore

extension Tracker {
    /// Records CE hours for a person; the category must be one their program knows.
    @discardableResult
    public func addCE(
        person id: String, date: Day, hours: Hours, title: String, category: String, provider: String?
    ) throws -> CERecord {
        try authorize(.addCE, subject: id)
        return try addCE(person: id, date: date, hours: hours, title: title, category: category, provider: provider, extra: [], actor: nil)
    }

    func addCE(
        person id: String, date: Day, hours: Hours, title: String, category: String, provider: String?, extra: [(String, String)],
        actor actorID: String?
    ) throws -> CERecord {
        let check = checkCE(
            person: id, date: date, hours: hours, title: title, category: category, provider: provider, program: { try self.program(of: $0) })
        let fields = try check.recordable() + extra
        return try typed(write([(.ce, fields)], actor: try actorID ?? actor(as: nil)?.id)[0], CERecord.init)
    }

    /// A CE record's fields, once every value is checked (the single path of `addCE` and
    /// the evidence path share it; an import collects every problem instead).
    func checkedCE(
        person id: String, date: Day, hours: Hours, title: String, category: String, provider: String?
    ) throws -> [(String, String)] {
        try checkCE(person: id, date: date, hours: hours, title: title, category: category, provider: provider, program: { try self.program(of: $0) })
            .recordable()
    }

    /// Checks a CE entry as every CE record is checked, single or imported, and finds every
    /// problem: the person is on the roster, the date is not after today, the hours are more
    /// than 0 and at most 24, the category is one of the person's program (`program` finds
    /// it), and the title and any provider are some text (white space is tidied). A nil
    /// date or hours is one the caller could not read, and reports itself.
    func checkCE(
        person id: String, date: Day?, hours: Hours?, title: String, category: String, provider: String?,
        program: (String) throws -> Program
    ) -> FieldCheck {
        var check = FieldCheck()
        let known = ledger.knows(id)
        if !known { check.refuse(.person, .unknownPerson(id)) }
        if let date { check.run(.date) { try checkPast(date) } }
        if let hours { check.run(.hours) { try Tracker.check(hours, field: .hours) } }
        if known, let program = check.value(.person, { try program(id) }), program.category(category) == nil {
            check.refuse(
                .category,
                .invalidValue(field: .category, value: category, expected: "one of \(program.categoryIDs.joined(separator: ", ")) (program \(program.id))"))
        }
        let title = check.value(.title) { try Tracker.nonEmpty(title, field: .title) }
        let provider = provider.flatMap { provider in check.value(.provider) { try Tracker.nonEmpty(provider, field: .provider) } }
        guard check.problems.isEmpty, let date, let hours, let title else { return check }
        check.fields = [("person", id), ("date", date.description), ("hours", hours.description), ("title", title), ("category", category)]
        if let provider { check.fields.append(("provider", provider)) }
        return check
    }

    /// Voids a CE, training or requirement record; it stops counting, and stays in the
    /// journal. Attestations and documents, which an administrator records, are theirs to void.
    @discardableResult
    public func void(record id: String, reason: String, as actorID: String?) throws -> VoidRecord {
        let target = try record(id, kinds: [.ce, .training, .course, .attestation, .document], describing: "CE, training or requirement")
        let owner = target.person ?? ""
        try authorize(target.kind == .attestation || target.kind == .document ? .manage : .void, subject: owner)
        let history = try loadedHistory(of: owner)
        if let earlier = history.void(of: target.id) {
            throw TrackerError.alreadyVoided(id: id, at: earlier.stamp.time, reason: earlier.reason)
        }
        // A record's owner may take back their own record only while no one has verified it.
        if isShared, let me = actingPerson, me.role != .admin, me.id == owner, let verification = history.verification(of: target.id) {
            throw TrackerError.notPermitted(
                person: me.id, role: me.role, action: "void \(id), which \(verification.supervisor) verified",
                needs: "the owner's supervisor or an administrator")
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
        if isShared, let actorID, actorID != actingPerson?.id {
            throw TrackerError.verifyOnBehalf(account: account, as: actorID)
        }
        guard let supervisor = try actor(as: actorID) else { throw TrackerError.noActor(account: account) }
        guard supervisor.role == .supervisor else { throw TrackerError.notASupervisor(id: supervisor.id, role: supervisor.role) }
        let owner = target.person ?? ""
        guard supervisor.id != owner else { throw TrackerError.ownRecord(id: id, supervisor: supervisor.id) }
        if isShared, ledger.person(owner)?.supervisor != supervisor.id {
            throw TrackerError.notPermitted(
                person: supervisor.id, role: supervisor.role, action: "verify \(id) of \(owner)", needs: "\(owner)'s supervisor")
        }
        let program = try program(of: owner)
        guard try loadedHistory(of: supervisor.id).hasTraining(course: program.supervisorCourse, by: today) else {
            throw TrackerError.supervisorUntrained(id: supervisor.id, course: program.supervisorCourse)
        }
        let history = try loadedHistory(of: owner)
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
