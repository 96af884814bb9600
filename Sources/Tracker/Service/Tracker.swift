import Foundation
import PeerTrackCore

/// The tracker's operations on one store. Each checks everything first and only then
/// appends, so a refused command leaves the journal byte for byte as it was. The tracker
/// reads what each question needs: the roster when it opens, a person's lines when they
/// are first asked about, everything for a whole-store question.
public final class Tracker {
    /// The open journal (locked for as long as this object lives).
    let journal: Journal
    /// The roster, plus the records of the people in `loadedPeople`.
    var ledger: Ledger
    /// Certification programs by id.
    public let programs: [String: Program]
    /// The clock, the OS account and the source of record ids.
    public let context: TrackerContext

    /// The program used when none is named.
    public static let fallbackProgram = "nc-cpss"

    /// The people whose records the ledger holds; nil when it holds everything.
    private var loadedPeople: Set<String>? = []

    /// Opens a store (creating it if needed). Only the roster is read now.
    public init(store: URL, programs: [String: Program], context: TrackerContext) throws {
        self.journal = try Journal(directory: store)
        self.ledger = try Tracker.rosterLedger(journal)
        self.programs = programs
        self.context = context
    }

    /// The folder of the store.
    public var storeDirectory: URL { journal.directory }
    /// What opening the store had to say (a torn last line set aside, for instance).
    public var warnings: [String] { journal.warnings }
    /// The agency and its people.
    public var roster: Roster { ledger.roster }
    /// People in the order they were added.
    public var people: [Person] { ledger.people }
    /// The agency's name, once the store is set up.
    public var agency: String? { ledger.agency }

    /// The zone the store's calendar days are read in: the one its default program's rule
    /// file names (NC: America/New_York), else the machine's.
    public var timeZone: TimeZone {
        let program = programs[ledger.defaultProgram ?? Tracker.fallbackProgram]
        return program?.timeZone.flatMap(TimeZone.init(identifier:)) ?? context.timeZone
    }

    /// Today, as a calendar day in the store's time zone (record times stay UTC).
    public var today: Day {
        TrackerContext.day(of: context.now(), in: timeZone)
    }

    /// Makes sure the ledger holds these people's records.
    func load(people: Set<String>) throws {
        guard let loaded = loadedPeople else { return }
        let missing = people.subtracting(loaded)
        guard !missing.isEmpty else { return }
        for record in try journal.records(of: missing) {
            ledger.apply(record)
        }
        loadedPeople = loaded.union(missing)
    }

    /// Forgets every record read but the roster's, which is read again: after a batch was
    /// appended without going through the ledger (an import).
    func reloadRoster() throws {
        ledger = try Tracker.rosterLedger(journal)
        loadedPeople = []
    }

    /// A ledger of the roster alone, as the tracker starts from.
    private static func rosterLedger(_ journal: Journal) throws -> Ledger {
        Ledger(roster: Roster(records: try journal.rosterRecords()), records: [])
    }

    /// Makes sure the ledger holds every record.
    private func loadEverything() throws {
        guard loadedPeople != nil else { return }
        ledger = Ledger(records: try journal.allRecords())
        loadedPeople = nil
    }

    /// Everything on record about a person on the roster (for someone allowed to see it).
    public func history(of id: String) throws -> PersonHistory {
        let person = try person(id)
        try authorize(.view, subject: id)
        return try loadedHistory(of: person)
    }

    /// A person's history, read if need be, whoever is asking (for the tracker's own checks).
    func loadedHistory(of id: String) throws -> PersonHistory {
        try loadedHistory(of: try person(id))
    }

    private func loadedHistory(of person: Person) throws -> PersonHistory {
        let id = person.id
        try load(people: [id])
        return ledger.history(of: person)
    }

    /// The records about an id whether or not it is on the roster (a personal store keeps
    /// quiz attempts under the OS account's name), oldest first.
    public func records(about id: String) throws -> [Record] {
        try load(people: [id])
        return ledger.records(about: id)
    }

    /// Every record of the store, for questions about all of it at once (an import compares
    /// a transcript with everything here).
    public func completeLedger() throws -> Ledger {
        try loadEverything()
        return ledger
    }

    /// Streams everyone on the roster through `transform` on every core and hands the
    /// results to `consume` in roster order on the calling thread as they come. Workers run
    /// at most `window` people ahead of `consume`, so memory does not grow with the roster.
    public func forEveryone<T: Sendable>(
        window: Int = 256, _ transform: @escaping @Sendable (PersonHistory) throws -> T, consume: (T) throws -> Void
    ) throws {
        let people = ledger.people
        if loadedPeople == nil {
            for person in people { try consume(try transform(ledger.history(of: person))) }
            return
        }
        try journal.prepareForConcurrentReads()
        // The journal is only read while the workers run (no appends meanwhile).
        let shared = Unchecked(journal)
        try OrderedPipeline.run(
            count: people.count, window: window,
            compute: { position in
                let person = people[position]
                return try transform(PersonHistory(person: person, records: try shared.value.records(of: [person.id])))
            },
            consume: { position, value in
                try consume(value)
                // Let go of the journal pages read so far now and then (they stay in the page
                // cache), so that a pass over a large journal does not hold all of it in memory.
                if position % window == window - 1 { journal.releasePages() }
            })
    }

    /// Computes `transform` for every person on the roster, on every core, and returns the
    /// results in roster order.
    public func mapEveryone<T: Sendable>(_ transform: @escaping @Sendable (PersonHistory) throws -> T) throws -> [T] {
        var all: [T] = []
        all.reserveCapacity(ledger.people.count)
        try forEveryone(transform, consume: { all.append($0) })
        return all
    }

    /// Reads every record in journal order, in pieces formatted by `transform` on every core
    /// and handed to `consume` in order: for the audit trail of a store of any size.
    public func streamRecords<T: Sendable>(_ transform: @escaping @Sendable ([Record]) throws -> T, consume: (T) throws -> Void) throws {
        try authorize(.export, subject: nil)
        try journal.pipelineRecords(transform, consume: consume)
    }

    // MARK: - Writing

    /// Appends new records made from kinds and fields, stamped with time, account and actor.
    @discardableResult
    func write(_ entries: [(RecordKind, [(String, String)])], actor: String?) throws -> [Record] {
        let stamper = stamper(actor: actor)
        let records = entries.map { kind, fields in stamper.record(kind, fields) }
        try append(records)
        return records
    }

    /// Appends complete records (import keeps their original ids).
    func append(_ records: [Record]) throws {
        try load(people: Set(records.compactMap { $0.kind == .person ? nil : $0.person }))
        try journal.append(records)
        if records.count >= 1_000 { ledger.reserveCapacity(forMore: records.count) }
        for record in records { ledger.apply(record) }
    }

    // MARK: - Lookups

    /// The person with this id, or an error naming it.
    public func person(_ id: String) throws -> Person {
        guard let person = ledger.person(id) else { throw TrackerError.unknownPerson(id) }
        return person
    }

    /// The acting person: `as` if given (must exist), else whoever's login is this account.
    public func actor(as id: String?) throws -> Person? {
        try actingAs(id)
    }

    /// The program with this id, or an error listing the known ones.
    public func program(_ id: String) throws -> Program {
        try Tracker.program(id, in: programs)
    }

    /// The program with this id among `programs`, or an error naming the others.
    static func program(_ id: String, in programs: [String: Program]) throws -> Program {
        guard let program = programs[id] else {
            throw TrackerError.invalidValue(field: .program, value: id, expected: "one of \(programs.keys.sorted().joined(separator: ", "))")
        }
        return program
    }

    /// The program a person is certified in (their latest award's), else the store's default.
    public func program(of personID: String) throws -> Program {
        try programs.program(of: try loadedHistory(of: personID), defaultProgram: ledger.defaultProgram)
    }

    /// A record of one of the given kinds, or an error. The ledger then also holds the
    /// records of the person it is about.
    public func record(_ id: String, kinds: Set<RecordKind>, describing: String) throws -> Record {
        guard let record = try storedRecord(id), kinds.contains(record.kind) else {
            throw TrackerError.unknownRecord(id, expected: describing)
        }
        if let person = record.person { try load(people: [person]) }
        return record
    }

    /// The record with this id, wherever it is in the journal.
    func storedRecord(_ id: String) throws -> Record? {
        if let found = ledger.record(id) { return found }
        return loadedPeople == nil ? nil : try journal.record(id: id)
    }

    // MARK: - Validation helpers

    /// Refuses a day after today.
    func checkPast(_ day: Day) throws {
        let today = self.today
        if day > today {
            throw TrackerError.invalidValue(field: .date, value: day.description, expected: "a date on or before today (\(today))")
        }
    }

    /// Refuses hours that are not more than 0 and at most 24 (one day's training).
    static func check(_ hours: Hours, field: TrackerError.Field) throws {
        guard hours > .zero, hours <= Hours(24) else {
            throw TrackerError.invalidValue(field: field, value: hours.description, expected: "more than 0 and at most 24 hours (one day's training)")
        }
    }

    static func nonEmpty(_ text: String, field: TrackerError.Field) throws -> String {
        try SafeText.check(text, field: field)
        let trimmed = tidy(text)
        guard !trimmed.isEmpty else { throw TrackerError.invalidValue(field: field, value: text, expected: "some text") }
        guard trimmed.count <= 500 else {
            throw TrackerError.invalidValue(field: field, value: String(trimmed.prefix(40)) + "...", expected: "at most 500 characters")
        }
        return trimmed
    }
}

extension Tracker {
    /// Someone's records of one kind, oldest first (for tests and diagnostics).
    func records(_ kind: RecordKind, of person: String) throws -> [Record] {
        try records(about: person).filter { $0.kind == kind }
    }
}
