import Foundation
import PeerTrackCore

extension Tracker {
    /// Records the agency's name and default program. A store is set up once; the agency's
    /// own store (reached through the set-group-id binary) by root alone. In a shared store
    /// the first administrator is the account that sets it up, or the one named
    /// (`administrator`: id, name and login): a roster person is made for it unless one
    /// has its login already.
    @discardableResult
    public func initialize(
        agency: String, program programID: String?, administrator: (id: String, name: String, login: String)? = nil
    ) throws -> AgencyRecord {
        if StorePrivilege.isKept, !context.isSuperuser {
            throw TrackerError.needsRoot(directory: storeDirectory.path, action: "set up")
        }
        if let existing = ledger.agency { throw TrackerError.alreadyInitialized(agency: existing) }
        try Tracker.checkSetUp(agency: agency, program: programID, programs: programs)
        let name = Tracker.tidy(agency)
        let programID = programID ?? Tracker.fallbackProgram
        var entries: [(RecordKind, [(String, String)])] = [(.agency, [("name", name), ("program", programID)])]
        if isShared, let admin = administrator ?? (actingPerson == nil ? (id: account, name: account, login: account) : nil) {
            try SafeText.check(admin.login, field: .login)
            guard Tracker.isValidID(admin.id), ledger.person(admin.id) == nil else {
                throw TrackerError.invalidValue(field: .id, value: admin.id, expected: "an id for the first administrator that is free")
            }
            entries.append((.person, [("person", admin.id), ("name", try Tracker.nonEmpty(admin.name, field: .name)), ("role", Role.admin.rawValue), ("login", admin.login)]))
        }
        return try typed(write(entries, actor: nil)[0], AgencyRecord.init)
    }

    /// Checks the values `initialize` takes before the store is opened, so that a refused
    /// set-up leaves no file behind.
    public static func checkSetUp(agency: String, program programID: String?, programs: [String: Program]) throws {
        _ = try nonEmpty(agency, field: .agency)
        _ = try program(programID ?? fallbackProgram, in: programs)
    }

    /// Sets a folder up as a store shared by an OS group (2770, setgid; its files 0660 in
    /// the group). Members use it under their own accounts; the kernel refuses others.
    public static func prepareSharedStore(at directory: URL, group: String) throws {
        try StoreFolder.makeShared(directory, group: group)
    }

    /// Adds a person to the roster.
    @discardableResult
    public func addPerson(id: String, name: String, role: Role, login: String?, supervisor: String? = nil) throws -> PersonRecord {
        try authorize(.manage, subject: nil)
        var fields = try checkPerson(id: id, name: name, role: role, login: login).recordable()
        if let supervisor {
            try checkSupervisor(supervisor, for: id)
            fields.append(("supervisor", supervisor))
        }
        return try typed(write([(.person, fields)], actor: try actor(as: nil)?.id)[0], PersonRecord.init)
    }

    /// Records who supervises a person from now on (a new record: the history is kept).
    @discardableResult
    public func assign(person id: String, supervisor: String) throws -> Person {
        try authorize(.manage, subject: id)
        _ = try person(id)
        try checkSupervisor(supervisor, for: id)
        try write([(.supervise, [("person", id), ("supervisor", supervisor)])], actor: try actor(as: nil)?.id)
        return try person(id)
    }

    private func checkSupervisor(_ supervisor: String, for id: String) throws {
        guard let found = ledger.person(supervisor) else { throw TrackerError.unknownPerson(supervisor) }
        guard found.role == .supervisor else { throw TrackerError.notASupervisor(id: supervisor, role: found.role) }
        guard supervisor != id else {
            throw TrackerError.invalidValue(field: .supervisor, value: supervisor, expected: "someone other than the person themself")
        }
    }

    /// Checks a new person as every roster entry is checked, single or imported, and finds
    /// every problem: the id is of the allowed form and not taken, the name is some text
    /// (white space is tidied), and the login is no one else's. A nil role is one the
    /// caller could not read, and reports itself.
    func checkPerson(id: String, name: String, role: Role?, login: String?) -> FieldCheck {
        var check = FieldCheck()
        if !Tracker.isValidID(id) {
            check.refuse(.id, .invalidValue(field: .id, value: id, expected: "letters, digits, '.', '_' or '-' (at most 64)"))
        } else if ledger.person(id) != nil {
            check.refuse(.id, .duplicatePerson(id))
        }
        let name = check.value(.name) { try Tracker.nonEmpty(name, field: .name) }
        if let login { check.run(.login) { try SafeText.check(login, field: .login) } }
        if let login, check.problems.allSatisfy({ $0.0 != .login }), let other = ledger.person(login: login) {
            check.refuse(.login, .invalidValue(field: .login, value: login, expected: "an account no one else uses (\(other.id) has it)"))
        }
        guard check.problems.isEmpty, let name, let role else { return check }
        check.fields = [("person", id), ("name", name), ("role", role.rawValue)]
        if let login { check.fields.append(("login", login)) }
        return check
    }

    /// Records an initial award (also a new award after a lapse), once the application's
    /// checklist is complete on the day, or with an override's reason, which the record keeps.
    @discardableResult
    public func certify(
        person id: String, date: Day, program programID: String?, number: String?, designation: String?, override: String? = nil
    ) throws -> Award {
        _ = try person(id)
        try authorize(.manage, subject: id)
        try checkPast(date)
        let program = try program(programID ?? ledger.defaultProgram ?? Tracker.fallbackProgram)
        if let designation, !program.designations.contains(where: { $0.id == designation }) {
            throw TrackerError.invalidValue(
                field: .designation, value: designation,
                expected: program.designations.isEmpty
                    ? "nothing: \(program.id) has no designations" : "one of \(program.designations.map(\.id).joined(separator: ", "))")
        }
        let status = try renewalStatus(of: id, on: date)
        if status.state != .notCertified, status.state != .lapsed {
            throw TrackerError.alreadyCertified(id: id, state: status.state, on: date)
        }
        var fields = [("person", id), ("date", date.description), ("program", program.id)]
        if let number { fields.append(("number", try Tracker.nonEmpty(number, field: .number))) }
        if let designation { fields.append(("designation", designation)) }
        fields += try checkedPath(of: id, program: program, stage: .application, on: date, override: override)
        return try typed(write([(.certify, fields)], actor: try actor(as: nil)?.id)[0], Award.init)
    }

    /// Records a recertification, which must fall on or before the end of the late window,
    /// once the renewal's checklist is complete on the day, or with an override's reason.
    @discardableResult
    public func recertify(person id: String, date: Day, override: String? = nil) throws -> Recertification {
        _ = try person(id)
        try authorize(.manage, subject: id)
        try checkPast(date)
        let before = try renewalStatus(of: id, on: date)
        switch before.state {
        case .notCertified:
            throw TrackerError.nothingToRenew(id: id, on: date)
        case .lapsed:
            throw TrackerError.lapsed(id: id, graceEnd: before.graceEnd)
        case .current, .dueSoon, .grace:
            if let last = before.lastCertification, date <= last {
                throw TrackerError.invalidValue(
                    field: .date, value: date.description, expected: "a date after the last (re)certification, \(last)")
            }
        }
        let checked = try checkedPath(of: id, program: try program(of: id), stage: .renewal, on: date, override: override)
        return try typed(
            write([(.recertify, [("person", id), ("date", date.description)] + checked)], actor: try actor(as: nil)?.id)[0], Recertification.init)
    }

    /// Records training such as the supervisor course: by the person's supervisor or an
    /// administrator (never by the person themself, so no supervisor records their own
    /// supervisor course).
    @discardableResult
    public func addTraining(person id: String, course: String, date: Day, hours: Hours?) throws -> TrainingRecord {
        _ = try person(id)
        try authorize(.recordCourse, subject: id)
        try checkPast(date)
        var fields = [("person", id), ("course", try Tracker.nonEmpty(course, field: .course)), ("date", date.description)]
        if let hours {
            try Tracker.check(hours, field: .hours)
            fields.append(("hours", hours.description))
        }
        return try typed(write([(.training, fields)], actor: try actor(as: nil)?.id)[0], TrainingRecord.init)
    }

    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64
            && id.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0)) }
    }
}
