import PeerTrackCore

/// The agency and its people: the part of the state every command needs, shared (copied
/// on write) by the ledgers built for each person.
public struct Roster: Sendable {
    /// The agency's name, from `init`.
    public fileprivate(set) var agency: String?
    /// The program people are certified in unless stated otherwise.
    public fileprivate(set) var defaultProgram: String?
    /// People in the order they were added.
    public fileprivate(set) var people: [Person] = []
    /// The roster's own records (agency, person, import) by id.
    public fileprivate(set) var records: [String: Record] = [:]
    fileprivate var personIndex: [String: Int] = [:]
    fileprivate var logins: [String: Int] = [:]

    /// An empty roster.
    public init() {}

    /// Builds the roster from its records, oldest first.
    public init(records: [Record]) {
        for record in records { apply(record) }
    }

    /// Folds in an agency, person or import record; other kinds are ignored.
    public mutating func apply(_ record: Record) {
        switch record.kind {
        case .agency:
            agency = record["name"]
            defaultProgram = record["program"]
        case .person:
            guard let id = record["person"], personIndex[id] == nil else { break }
            personIndex[id] = people.count
            if let login = record["login"], logins[login] == nil { logins[login] = people.count }
            people.append(Person(
                id: id, name: record["name"] ?? id, role: Role(rawValue: record["role"] ?? "") ?? .specialist,
                login: record["login"], recordID: record.id))
        case .import:
            break
        default:
            return
        }
        records[record.id] = record
    }

    /// The person with this id.
    public func person(_ id: String) -> Person? {
        personIndex[id].map { people[$0] }
    }

    /// The person whose login is this OS account.
    public func person(login: String) -> Person? {
        logins[login].map { people[$0] }
    }
}

/// The state derived from the journal's records: nothing here is stored, all of it is
/// rebuilt from the records, so it can never disagree with them. A ledger may hold every
/// record, or the roster and the records of some people only.
public struct Ledger: Sendable {
    /// The agency and its people.
    public private(set) var roster: Roster
    /// Records other than the roster's, by id (if `indexingIDs`: all but one-person ledgers).
    private var byID: [RecordID: Record] = [:]
    private let indexingIDs: Bool
    /// Records other than the roster's, if not `indexingIDs`.
    private var unindexed: [Record] = []
    /// Records about each person (other than their roster record), oldest first.
    public private(set) var byPerson: [String: [Record]] = [:]
    /// The void record of each voided record, by the voided record's id.
    private var voids: [RecordID: Record] = [:]
    /// The verify record of each verified record, by the verified record's id.
    private var verifications: [RecordID: Record] = [:]

    /// Builds the state from records, oldest first.
    public init(records: [Record]) {
        self.roster = Roster()
        self.indexingIDs = true
        for record in records { apply(record) }
    }

    private init(roster: Roster, indexingIDs: Bool) {
        self.roster = roster
        self.indexingIDs = indexingIDs
    }

    /// Builds the state of a roster plus other records, oldest first.
    public init(roster: Roster, records: [Record]) {
        self.roster = roster
        self.indexingIDs = true
        byID.reserveCapacity(records.count)
        for record in records { apply(record) }
    }

    /// Builds the state of a roster plus the records of one person (other than their roster
    /// record), oldest first, as `Journal.records(of:)` reads them: for passes over everyone,
    /// where each ledger is asked about its person only and never for a record by id.
    public init(roster: Roster, person: String, records: [Record]) {
        guard !records.contains(where: { $0.kind == .agency || $0.kind == .person || $0.kind == .import }) else {
            self.init(roster: roster, records: records)
            return
        }
        self.init(roster: roster, indexingIDs: false)
        self.unindexed = records
        self.byPerson = [person: records]
        for record in records { noteCorrection(record) }
    }

    /// Folds one more record in.
    public mutating func apply(_ record: Record) {
        switch record.kind {
        case .agency, .person, .import:
            roster.apply(record)
            return
        case .void, .verify:
            noteCorrection(record)
        case .certify, .recertify, .ce, .training, .attempt, .progress, .lesson:
            break
        }
        if indexingIDs {
            byID[record.key] = record
        } else {
            unindexed.append(record)
        }
        if let person = record["person"] {
            byPerson[person, default: []].append(record)
        }
    }

    /// Notes the first void or verify record naming each record.
    private mutating func noteCorrection(_ record: Record) {
        guard record.kind == .void || record.kind == .verify, let target = record.key(of: "target") else { return }
        if record.kind == .void {
            if voids[target] == nil { voids[target] = record }
        } else if verifications[target] == nil {
            verifications[target] = record
        }
    }

    /// The agency's name.
    public var agency: String? { roster.agency }
    /// The store's default program.
    public var defaultProgram: String? { roster.defaultProgram }
    /// People in the order they were added.
    public var people: [Person] { roster.people }

    /// The record with this id, if this ledger holds it.
    public func record(_ id: String) -> Record? {
        let key = RecordID(id)
        if indexingIDs { return byID[key] ?? roster.records[id] }
        return roster.records[id] ?? unindexed.last { $0.key == key }
    }

    /// The void record that voided the record with this id, if any (the first, if several).
    public func void(of id: String) -> Record? {
        voids[RecordID(id)]
    }

    /// The verify record that verified the record with this id, if any (the first, if several).
    public func verification(of id: String) -> Record? {
        verifications[RecordID(id)]
    }

    /// The person with this id.
    public func person(_ id: String) -> Person? {
        roster.person(id)
    }

    /// The person whose login is this OS account.
    public func person(login: String) -> Person? {
        roster.person(login: login)
    }

    /// A person's records of one kind, oldest first.
    public func records(_ kind: RecordKind, of person: String) -> [Record] {
        (byPerson[person] ?? []).filter { $0.kind == kind }
    }

    /// Whether a record has been voided.
    public func isVoided(_ id: String) -> Bool {
        voids[RecordID(id)] != nil
    }

    /// Whether a record has been voided.
    public func isVoided(_ record: Record) -> Bool {
        voids[record.key] != nil
    }

    /// A person's CE records that are not voided, as the rules see them.
    public func ceEntries(of person: String) -> [CEEntry] {
        records(.ce, of: person).compactMap { record in
            let key = record.key
            guard voids[key] == nil else { return nil }
            return record.withFields(Ledger.ceKeys) { fields -> CEEntry? in
                guard let date = fields.value(0).flatMap(Day.init(utf8:)), let hours = fields.value(1).flatMap(Hours.init(utf8:)) else {
                    return nil
                }
                return CEEntry(
                    date: date, hours: hours, category: fields.value(2).map(Record.text) ?? "",
                    verified: verifications[key] != nil)
            }
        }
    }

    private static let ceKeys = RecordKeys(["date", "hours", "category"])

    /// A person's awards (date, program, designation), oldest first.
    public func awards(of person: String) -> [(date: Day, program: String, designation: String?)] {
        records(.certify, of: person).compactMap { record in
            guard let date = record.withBytes(of: "date", { $0.flatMap(Day.init(utf8:)) }) else { return nil }
            return (date, record["program"] ?? defaultProgram ?? "nc-cpss", record["designation"])
        }
    }

    /// A person's recertification dates, oldest first.
    public func recertifications(of person: String) -> [Day] {
        records(.recertify, of: person).compactMap { $0.withBytes(of: "date") { $0.flatMap(Day.init(utf8:)) } }.sorted()
    }

    /// Whether the person completed a course with this title (any case) on or before `day`,
    /// in a training record that is not voided.
    public func hasTraining(_ person: String, course: String, by day: Day) -> Bool {
        records(.training, of: person).contains { record in
            !isVoided(record) && record["course"]?.lowercased() == course.lowercased()
                && (record["date"].flatMap(Day.init).map { $0 <= day } ?? false)
        }
    }
}
