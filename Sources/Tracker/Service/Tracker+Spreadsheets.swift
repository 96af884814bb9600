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
    public func importCE(_ rows: consuming [CEImportRow], dryRun: Bool = false) throws -> RowImportSummary {
        // In a shared store, records for others need their supervisor or an administrator.
        for person in Set(rows.lazy.map(\.person)) where ledger.person(person) != nil { try authorize(.addCE, subject: person) }
        let plan = try planCE(rows, dryRun: dryRun)
        // A large import's rows are let go before the records are appended.
        _ = consume rows
        return try record(plan)
    }

    /// Checks CE rows and makes the records of the new ones (unless `dryRun`).
    private func planCE(_ rows: [CEImportRow], dryRun: Bool) throws -> ImportPlan {
        let named = Set(rows.lazy.map(\.person).filter { self.ledger.knows($0) })
        try load(people: named)
        let titles = rows.map { Tracker.tidy($0.title) }
        func key(_ index: Int) -> CEKey? {
            let row = rows[index]
            guard let date = row.date, let hours = row.hours else { return nil }
            return CEKey(person: row.person, date: date, title: titles[index], hours: hours)
        }
        // Each person's records on file are compared with that person's rows, one person at
        // a time, so that no table of every record is made.
        var rowsOf: [String: [Int]] = [:]
        for (index, row) in rows.enumerated() where named.contains(row.person) { rowsOf[row.person, default: []].append(index) }
        var present = Tracker.repeats(in: rows, titles: titles)
        var programs: [String: Result<Program, Error>] = [:]
        for id in named {
            let history = try history(of: id)
            programs[id] = Result { try self.programs.program(of: history, defaultProgram: ledger.defaultProgram) }
            let onFile = Set(
                history.continuingEducation.lazy.filter { !history.isVoided($0.id) }
                    .map { CEKey(person: id, date: $0.date, title: Tracker.tidy($0.title), hours: $0.hours) })
            guard !onFile.isEmpty else { continue }
            for index in rowsOf[id] ?? [] where key(index).map(onFile.contains) == true { present[index] = true }
        }
        var plan = try ImportPlan(tracker: self, dryRun: dryRun, capacity: rows.count)
        for (index, row) in rows.enumerated() {
            let check = checkCE(
                person: row.person, date: row.date, hours: row.hours, title: row.title, category: row.category, provider: row.provider,
                program: { try programs[$0, default: .failure(TrackerError.unknownPerson($0))].get() })
            plan.problems += check.rowProblems(line: row.line)
            guard row.date != nil, row.hours != nil else {
                plan.unreadable = true
                continue
            }
            if present[index] {
                plan.present += 1
                continue
            }
            plan.add(.ce, check.fields)
        }
        return plan
    }

    /// Appends what a plan adds, in one write; or throws its problems, recording nothing.
    private func record(_ plan: ImportPlan) throws -> RowImportSummary {
        if !plan.problems.isEmpty || plan.unreadable { throw TrackerError.rowsRefused(plan.problems) }
        if !plan.records.isEmpty { try append(plan.records) }
        return RowImportSummary(added: plan.added, present: plan.present)
    }

    /// Adds the people of `rows` to the roster, all or none. A row whose id is on the roster
    /// already with the same name, role and login (or repeats an earlier row) is counted as
    /// present; one that says otherwise is a problem, since roster records are never
    /// rewritten. Throws `.rowsRefused` with every problem when any row has one or could not
    /// be read in full. With `dryRun`, checks and counts only, recording nothing.
    @discardableResult
    public func importPeople(_ rows: [PersonImportRow], dryRun: Bool = false) throws -> RowImportSummary {
        try authorize(.manage, subject: nil)
        var plan = try ImportPlan(tracker: self, dryRun: dryRun, capacity: rows.count)
        // The file's own people, as the roster will hold them: id to line and fields.
        var earlier: [String: (line: Int, name: String, role: Role?, login: String?)] = [:]
        var logins: [String: (id: String, line: Int)] = [:]
        for row in rows {
            if row.role == nil { plan.unreadable = true }
            let name = Tracker.tidy(row.name)
            func conflict(_ field: TrackerError.Field, _ value: String, _ stated: String, where place: String) {
                plan.problems.append(RowProblem(
                    line: row.line, field: field,
                    error: .invalidValue(field: field, value: value, expected: "\(stated), as \(place) (a roster entry is never rewritten)")))
            }
            if let person = ledger.person(row.id) {
                if name != person.name { conflict(.name, row.name, "'\(person.name)'", where: "\(row.id) is on the roster") }
                if let role = row.role, role != person.role { conflict(.role, role.rawValue, person.role.rawValue, where: "\(row.id) is on the roster") }
                if let login = row.login, login != person.login {
                    conflict(.login, login, person.login.map { "'\($0)'" } ?? "no login", where: "\(row.id) is on the roster")
                }
                plan.present += 1
                continue
            }
            if let first = earlier[row.id] {
                let place = "line \(first.line) says"
                if name != first.name { conflict(.name, row.name, "'\(first.name)'", where: place) }
                if let role = row.role, let firstRole = first.role, role != firstRole { conflict(.role, role.rawValue, firstRole.rawValue, where: place) }
                if let login = row.login, login != first.login { conflict(.login, login, first.login.map { "'\($0)'" } ?? "no login", where: place) }
                plan.present += 1
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
            plan.problems += check.rowProblems(line: row.line)
            plan.add(.person, check.fields)
        }
        return try record(plan)
    }

    /// For each row, whether an earlier row is the same training (person, date, title and
    /// hours). Rows are sorted by a hash of what they say, so that the same ones fall side
    /// by side (and are then compared in full), with no table of every row: a 100,000-row
    /// import stays small and quick.
    private static func repeats(in rows: [CEImportRow], titles: [String]) -> [Bool] {
        var hashed: [(hash: Int, index: Int)] = []
        hashed.reserveCapacity(rows.count)
        for (index, row) in rows.enumerated() {
            guard let date = row.date, let hours = row.hours else { continue }
            var hasher = Hasher()
            hasher.combine(CEKey(person: row.person, date: date, title: titles[index], hours: hours))
            hashed.append((hasher.finalize(), index))
        }
        hashed.sort { ($0.hash, $0.index) < ($1.hash, $1.index) }
        func same(_ first: Int, _ second: Int) -> Bool {
            rows[first].person == rows[second].person && rows[first].date == rows[second].date && rows[first].hours == rows[second].hours
                && titles[first] == titles[second]
        }
        var repeated = [Bool](repeating: false, count: rows.count)
        var start = 0
        while start < hashed.count {
            var end = start + 1
            while end < hashed.count, hashed[end].hash == hashed[start].hash { end += 1 }
            // Within a run of equal hashes, earlier rows come first.
            for later in (start + 1)..<max(start + 1, end) where (start..<later).contains(where: { same(hashed[$0].index, hashed[later].index) }) {
                repeated[hashed[later].index] = true
            }
            start = end
        }
        return repeated
    }

    /// Text with its white space tidied as recorded titles and names are.
    static func tidy(_ text: String) -> String {
        // Most text is tidy already: ASCII with single spaces between words.
        var previous: UInt8 = 32
        var tidy = !text.isEmpty
        for byte in text.utf8 {
            if byte >= 0x80 || (byte < 32) || (byte == 32 && previous == 32) {
                tidy = false
                break
            }
            previous = byte
        }
        if tidy, previous != 32 { return text }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// What an import will do: the records it adds (made only while no row has a problem, and
/// not in a dry run), how many rows are new and how many on record already, and every
/// problem.
private struct ImportPlan {
    let stamper: RecordStamper
    let dryRun: Bool
    var records: [Record] = []
    var added = 0
    var present = 0
    var problems: [RowProblem] = []
    var unreadable = false

    init(tracker: Tracker, dryRun: Bool, capacity: Int) throws {
        stamper = tracker.stamper(actor: try tracker.actor(as: nil)?.id)
        self.dryRun = dryRun
        if !dryRun { records.reserveCapacity(capacity) }
    }

    /// Counts a new row, and makes its record while there is any point.
    mutating func add(_ kind: RecordKind, _ fields: [(String, String)]) {
        added += 1
        guard !dryRun, problems.isEmpty, !unreadable else { return }
        records.append(stamper.record(kind, fields))
    }
}

/// What makes two CE records the same training: person, day, title and hours.
private struct CEKey: Hashable {
    var person: String
    var date: Day
    var title: String
    var hours: Hours
}
