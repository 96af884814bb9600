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
    public fileprivate(set) var records: [RecordID: Record] = [:]
    fileprivate var personIndex: [String: Int] = [:]
    fileprivate var logins: [String: Int] = [:]

    /// An empty roster.
    public init() {}

    /// Builds the roster from its records, oldest first.
    public init(records: [Record]) {
        self.records.reserveCapacity(records.count)
        personIndex.reserveCapacity(records.count)
        for record in records { apply(record) }
    }

    /// Folds in an agency, person or import record; other kinds are ignored.
    public mutating func apply(_ record: Record) {
        switch record.kind {
        case .agency:
            let agency = AgencyRecord(record)
            self.agency = agency?.name
            defaultProgram = agency?.program
        case .person:
            guard let entry = PersonRecord.Fields(record), personIndex[entry.person] == nil else { break }
            personIndex[entry.person] = people.count
            if let login = entry.login, logins[login] == nil { logins[login] = people.count }
            people.append(Person(
                id: entry.person, name: entry.name, role: entry.role, login: entry.login, recordID: record.id, supervisor: entry.supervisor))
        case .supervise:
            if let person = record.person, let index = personIndex[person] {
                people[index].supervisor = record["supervisor"].flatMap { $0.isEmpty ? nil : $0 }
            }
        case .import:
            break
        default:
            return
        }
        records[record.key] = record
    }

    /// The roster record that added a person.
    public func record(of person: Person) -> Record? {
        records[RecordID(person.recordID)]
    }

    /// The person with this id.
    public func person(_ id: String) -> Person? {
        personIndex[id].map { people[$0] }
    }

    /// The person whose login is this OS account.
    public func person(login: String) -> Person? {
        logins[login].map { people[$0] }
    }

    /// The people a supervisor supervises now, in roster order.
    public func specialists(of supervisor: String) -> [Person] {
        people.filter { $0.supervisor == supervisor }
    }

    /// Whether someone with this id is on the roster.
    public func knows(_ id: String) -> Bool {
        personIndex[id] != nil
    }
}

/// The state derived from the journal's records: nothing here is stored, all of it is
/// rebuilt from the records, so it can never disagree with them. A public ledger holds
/// every record of the store it was made from; the tracker keeps partial ones to itself.
public struct Ledger: Sendable {
    /// The agency and its people.
    public private(set) var roster: Roster
    /// Records other than the roster's, by id.
    private var byID: [RecordID: Record] = [:]
    /// Records about each person (other than their roster record), oldest first.
    private var byPerson: [String: [Record]] = [:]

    /// Builds the state from records, oldest first.
    public init(records: [Record]) {
        self.roster = Roster()
        for record in records { apply(record) }
    }

    /// Builds the state of a roster plus other records, oldest first.
    init(roster: Roster, records: [Record]) {
        self.roster = roster
        byID.reserveCapacity(records.count)
        for record in records { apply(record) }
    }

    /// Makes room for many more records at once (an import), so that folding them in does
    /// not grow the tables step by step.
    mutating func reserveCapacity(forMore count: Int) {
        byID.reserveCapacity(byID.count + count)
    }

    /// Folds one more record in.
    mutating func apply(_ record: Record) {
        switch record.kind {
        case .agency, .person, .import, .supervise:
            roster.apply(record)
            return
        case .void, .verify, .certify, .recertify, .ce, .training, .attempt, .progress, .lesson, .review, .evidence, .course, .attestation, .document:
            break
        }
        byID[record.key] = record
        if let person = record.person {
            byPerson[person, default: []].append(record)
        }
    }

    /// The agency's name.
    public var agency: String? { roster.agency }
    /// The store's default program.
    public var defaultProgram: String? { roster.defaultProgram }
    /// People in the order they were added.
    public var people: [Person] { roster.people }

    /// The record with this id.
    public func record(_ id: String) -> Record? {
        let key = RecordID(id)
        return byID[key] ?? roster.records[key]
    }

    /// The person with this id.
    public func person(_ id: String) -> Person? {
        roster.person(id)
    }

    /// The person whose login is this OS account.
    public func person(login: String) -> Person? {
        roster.person(login: login)
    }

    /// Whether someone with this id is on the roster.
    public func knows(_ id: String) -> Bool {
        roster.knows(id)
    }

    /// Everything on record about a person on the roster.
    public func history(of person: Person) -> PersonHistory {
        PersonHistory(person: person, records: byPerson[person.id] ?? [])
    }

    /// The records about an id that is not (or not yet) on the roster, such as the quiz
    /// attempts of an OS account in a personal store.
    func records(about id: String) -> [Record] {
        byPerson[id] ?? []
    }
}
