import PeerTrackCore

/// Imports of many records at once, such as an agency's spreadsheet of CE hours or its
/// roster: all or nothing. Every row is checked against the store first, as a single record
/// is checked, and every problem is collected; only when there are none are the new records
/// appended, in one write. Rows already on record are counted, not recorded again.
extension Tracker {
    /// Records the CE hours of `rows`, all or none. A row is already on record when a CE
    /// record (not voided) of the same person, date, title and hours exists, or an earlier
    /// row says the same; such rows are counted as present. Throws `.rowsRefused` with every
    /// problem when any row has one or could not be read in full. With `dryRun`, checks and
    /// counts only, recording nothing.
    @discardableResult
    public func importCE(_ rows: [CEImportRow], dryRun: Bool = false) throws -> RowImportSummary {
        let named = Set(rows.lazy.map(\.person).filter { self.ledger.person($0) != nil })
        try load(people: named)
        var programs: [String: Result<Program, Error>] = [:]
        var known = Set<CEKey>()
        for id in named {
            let history = try history(of: id)
            programs[id] = Result { try self.programs.program(of: history, defaultProgram: ledger.defaultProgram) }
            for record in history.continuingEducation where !history.isVoided(record.id) {
                known.insert(CEKey(person: id, date: record.date, title: Tracker.tidy(record.title), hours: record.hours))
            }
        }
        let time = TrackerContext.timestamp(context.now())
        let actor = try actor(as: nil)?.id
        var problems: [RowProblem] = []
        var unreadable = false
        var records: [Record] = []
        var added = 0
        var present = 0
        for row in rows {
            let check = checkCE(
                person: row.person, date: row.date, hours: row.hours, title: row.title, category: row.category, provider: row.provider,
                program: { try programs[$0, default: .failure(TrackerError.unknownPerson($0))].get() })
            problems += check.rowProblems(line: row.line)
            guard let date = row.date, let hours = row.hours else {
                unreadable = true
                continue
            }
            let key = CEKey(person: row.person, date: date, title: Tracker.tidy(row.title), hours: hours)
            guard known.insert(key).inserted else {
                present += 1
                continue
            }
            guard !dryRun, problems.isEmpty, !unreadable else {
                added += 1
                continue
            }
            records.append(Record(id: context.newID(), kind: .ce, time: time, account: context.account, actor: actor, fields: check.fields))
        }
        if !problems.isEmpty || unreadable { throw TrackerError.rowsRefused(problems) }
        if !records.isEmpty { try append(records) }
        return RowImportSummary(added: added + records.count, present: present)
    }

    /// Adds the people of `rows` to the roster, all or none. A row whose id is on the roster
    /// already with the same name, role and login (or repeats an earlier row) is counted as
    /// present; one that says otherwise is a problem, since roster records are never
    /// rewritten. Throws `.rowsRefused` with every problem when any row has one or could not
    /// be read in full. With `dryRun`, checks and counts only, recording nothing.
    @discardableResult
    public func importPeople(_ rows: [PersonImportRow], dryRun: Bool = false) throws -> RowImportSummary {
        var problems: [RowProblem] = []
        var unreadable = false
        var records: [Record] = []
        var added = 0
        var present = 0
        // The file's own people, as the roster will hold them: id to line and fields.
        var earlier: [String: (line: Int, name: String, role: Role?, login: String?)] = [:]
        var logins: [String: (id: String, line: Int)] = [:]
        let time = TrackerContext.timestamp(context.now())
        let actor = try actor(as: nil)?.id
        for row in rows {
            if row.role == nil { unreadable = true }
            let name = Tracker.tidy(row.name)
            func conflict(_ field: TrackerError.Field, _ value: String, _ stated: String, where place: String) {
                problems.append(RowProblem(
                    line: row.line, field: field,
                    error: .invalidValue(field: field, value: value, expected: "\(stated), as \(place) (a roster entry is never rewritten)")))
            }
            if let person = ledger.person(row.id) {
                if name != person.name { conflict(.name, row.name, "'\(person.name)'", where: "\(row.id) is on the roster") }
                if let role = row.role, role != person.role { conflict(.role, role.rawValue, person.role.rawValue, where: "\(row.id) is on the roster") }
                if let login = row.login, login != person.login {
                    conflict(.login, login, person.login.map { "'\($0)'" } ?? "no login", where: "\(row.id) is on the roster")
                }
                present += 1
                continue
            }
            if let first = earlier[row.id] {
                let place = "line \(first.line) says"
                if name != first.name { conflict(.name, row.name, "'\(first.name)'", where: place) }
                if let role = row.role, let firstRole = first.role, role != firstRole { conflict(.role, role.rawValue, firstRole.rawValue, where: place) }
                if let login = row.login, login != first.login { conflict(.login, login, first.login.map { "'\($0)'" } ?? "no login", where: place) }
                present += 1
                continue
            }
            earlier[row.id] = (row.line, name, row.role, row.login)
            var check = checkPerson(id: row.id, name: row.name, role: row.role, login: row.login)
            if let login = row.login {
                if let other = logins[login] {
                    check.refuse(
                        .login,
                        .invalidValue(field: .login, value: login, expected: "an account no one else uses (\(other.id) on line \(other.line) has it)"))
                } else {
                    logins[login] = (row.id, row.line)
                }
            }
            problems += check.rowProblems(line: row.line)
            guard !dryRun, problems.isEmpty, !unreadable else {
                added += 1
                continue
            }
            records.append(Record(id: context.newID(), kind: .person, time: time, account: context.account, actor: actor, fields: check.fields))
        }
        if !problems.isEmpty || unreadable { throw TrackerError.rowsRefused(problems) }
        if !records.isEmpty { try append(records) }
        return RowImportSummary(added: added + records.count, present: present)
    }

    /// Text with its white space tidied as recorded titles and names are.
    static func tidy(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// What makes two CE records the same training: person, day, title and hours.
private struct CEKey: Hashable {
    var person: String
    var date: Day
    var title: String
    var hours: Hours
}
