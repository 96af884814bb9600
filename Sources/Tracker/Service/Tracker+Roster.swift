import Foundation
import PeerTrackCore

extension Tracker {
    /// Records the agency's name and default program. A store is set up once.
    @discardableResult
    public func initialize(agency: String, program programID: String?) throws -> AgencyRecord {
        if let existing = ledger.agency { throw TrackerError.alreadyInitialized(agency: existing) }
        let name = try Tracker.nonEmpty(agency, field: .agency)
        let programID = programID ?? Tracker.fallbackProgram
        _ = try program(programID)
        return try typed(write([(.agency, [("name", name), ("program", programID)])], actor: nil)[0], AgencyRecord.init)
    }

    /// Adds a person to the roster.
    @discardableResult
    public func addPerson(id: String, name: String, role: Role, login: String?) throws -> PersonRecord {
        let fields = try checkPerson(id: id, name: name, role: role, login: login).recordable()
        return try typed(write([(.person, fields)], actor: try actor(as: nil)?.id)[0], PersonRecord.init)
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
        if let login, let other = ledger.person(login: login) {
            check.refuse(.login, .invalidValue(field: .login, value: login, expected: "an account no one else uses (\(other.id) has it)"))
        }
        guard check.problems.isEmpty, let name, let role else { return check }
        check.fields = [("person", id), ("name", name), ("role", role.rawValue)]
        if let login { check.fields.append(("login", login)) }
        return check
    }

    /// Records an initial award (also a new award after a lapse).
    @discardableResult
    public func certify(person id: String, date: Day, program programID: String?, number: String?, designation: String?) throws -> Award {
        _ = try person(id)
        try checkPast(date)
        let program = try program(programID ?? ledger.defaultProgram ?? Tracker.fallbackProgram)
        if let designation, !program.designations.contains(where: { $0.id == designation }) {
            throw TrackerError.invalidValue(
                field: .designation, value: designation,
                expected: program.designations.isEmpty
                    ? "nothing: \(program.id) has no designations" : "one of \(program.designations.map(\.id).joined(separator: ", "))")
        }
        let status = try status(of: id, on: date)
        if status.state != .notCertified, status.state != .lapsed {
            throw TrackerError.alreadyCertified(id: id, state: status.state, on: date)
        }
        var fields = [("person", id), ("date", date.description), ("program", program.id)]
        if let number { fields.append(("number", try Tracker.nonEmpty(number, field: .number))) }
        if let designation { fields.append(("designation", designation)) }
        return try typed(write([(.certify, fields)], actor: try actor(as: nil)?.id)[0], Award.init)
    }

    /// Records a recertification, which must fall on or before the end of the late window.
    @discardableResult
    public func recertify(person id: String, date: Day) throws -> Recertification {
        _ = try person(id)
        try checkPast(date)
        let before = try status(of: id, on: date)
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
        return try typed(write([(.recertify, [("person", id), ("date", date.description)])], actor: try actor(as: nil)?.id)[0], Recertification.init)
    }

    /// Records training such as the supervisor course.
    @discardableResult
    public func addTraining(person id: String, course: String, date: Day, hours: Hours?) throws -> TrainingRecord {
        _ = try person(id)
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
