import Foundation
import PeerTrackCore

extension Tracker {
    /// Records the agency's name and default program. A store is set up once.
    @discardableResult
    public func initialize(agency: String, program programID: String?) throws -> Record {
        if let existing = ledger.agency {
            throw TrackerError.notAllowed("this store is already set up for '\(existing)'; nothing was changed")
        }
        let name = try Tracker.nonEmpty(agency, field: "--agency")
        let programID = programID ?? Tracker.fallbackProgram
        _ = try program(programID)
        return try write([(.agency, [("name", name), ("program", programID)])], actor: nil)[0]
    }

    /// Adds a person to the roster.
    @discardableResult
    public func addPerson(id: String, name: String, role: Role, login: String?) throws -> Record {
        guard Tracker.isValidID(id) else {
            throw TrackerError.invalidValue(field: "ID", value: id, expected: "letters, digits, '.', '_' or '-' (at most 64)")
        }
        if ledger.person(id) != nil { throw TrackerError.duplicatePerson(id) }
        let name = try Tracker.nonEmpty(name, field: "--name")
        var fields = [("person", id), ("name", name), ("role", role.rawValue)]
        if let login {
            if let other = ledger.person(login: login) {
                throw TrackerError.invalidValue(field: "--login", value: login, expected: "an account no one else uses (\(other.id) has it)")
            }
            fields.append(("login", login))
        }
        return try write([(.person, fields)], actor: try actor(as: nil)?.id)[0]
    }

    /// Records an initial award (also a new award after a lapse).
    @discardableResult
    public func certify(person id: String, date text: String, program programID: String?, number: String?, designation: String?) throws -> Record {
        _ = try person(id)
        let date = try pastDate(text)
        let program = try program(programID ?? ledger.defaultProgram ?? Tracker.fallbackProgram)
        if let designation, !program.designations.contains(where: { $0.id == designation }) {
            throw TrackerError.invalidValue(
                field: "--designation", value: designation,
                expected: program.designations.isEmpty ? "nothing: \(program.id) has no designations" : "one of \(program.designations.map(\.id).joined(separator: ", "))")
        }
        let status = try status(of: id, on: date)
        if status.state != .notCertified, status.state != .lapsed {
            throw TrackerError.notAllowed("\(id) is already certified (\(status.state.rawValue) on \(date)); use `peertrack recertify` for a renewal")
        }
        var fields = [("person", id), ("date", date.description), ("program", program.id)]
        if let number { fields.append(("number", try Tracker.nonEmpty(number, field: "--number"))) }
        if let designation { fields.append(("designation", designation)) }
        return try write([(.certify, fields)], actor: try actor(as: nil)?.id)[0]
    }

    /// Records a recertification, which must fall on or before the end of the late window.
    @discardableResult
    public func recertify(person id: String, date text: String) throws -> Record {
        _ = try person(id)
        let date = try pastDate(text)
        let before = try status(of: id, on: date)
        switch before.state {
        case .notCertified:
            throw TrackerError.notAllowed("\(id) has no certification on \(date) to renew; record the award with `peertrack certify`")
        case .lapsed:
            throw TrackerError.notAllowed(
                "\(id)'s certification lapsed after \(before.graceEnd?.description ?? "its late window"); a lapsed specialist applies again as a new applicant: record the new award with `peertrack certify`")
        case .current, .dueSoon, .grace:
            if let last = before.lastCertification, date <= last {
                throw TrackerError.invalidValue(field: "--date", value: text, expected: "a date after the last (re)certification, \(last)")
            }
        }
        return try write([(.recertify, [("person", id), ("date", date.description)])], actor: try actor(as: nil)?.id)[0]
    }

    /// Records training such as the supervisor course.
    @discardableResult
    public func addTraining(person id: String, course: String, date text: String, hours text2: String?) throws -> Record {
        _ = try person(id)
        let date = try pastDate(text)
        var fields = [("person", id), ("course", try Tracker.nonEmpty(course, field: "--course")), ("date", date.description)]
        if let text2 { fields.append(("hours", try Tracker.hours(text2).description)) }
        return try write([(.training, fields)], actor: try actor(as: nil)?.id)[0]
    }

    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64
            && id.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0)) }
    }
}

