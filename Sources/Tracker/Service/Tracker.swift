import Foundation
import PeerTrackCore

/// The tracker's operations on one store. Each checks everything first and only then
/// appends, so a refused command leaves the journal byte for byte as it was.
public final class Tracker {
    /// The open journal (locked for as long as this object lives).
    public let journal: Journal
    /// The state derived from the journal.
    public private(set) var ledger: Ledger
    /// Certification programs by id.
    public let programs: [String: Program]
    public let context: TrackerContext

    /// The program used when none is named.
    public static let fallbackProgram = "nc-cpss"

    /// How much of the journal a tracker reads when it opens.
    public enum Loading: Sendable {
        /// Every record (what whole-store reports and exports of everything need).
        case everything
        /// The roster only; each person's records are read when an operation first needs
        /// them, so a command about one person reads only that person's lines.
        case onDemand
    }

    /// The people whose records the ledger holds; nil when it holds everything.
    private var loadedPeople: Set<String>?

    /// Opens a store (creating it if needed).
    public init(store: URL, programs: [String: Program], context: TrackerContext, loading: Loading = .everything) throws {
        self.journal = try Journal(directory: store)
        switch loading {
        case .everything:
            self.ledger = Ledger(records: try journal.allRecords())
            self.loadedPeople = nil
        case .onDemand:
            self.ledger = Ledger(roster: Roster(records: try journal.rosterRecords()), records: [])
            self.loadedPeople = []
        }
        self.programs = programs
        self.context = context
    }

    /// Makes sure the ledger holds these people's records.
    public func load(people: Set<String>) throws {
        guard let loaded = loadedPeople else { return }
        let missing = people.subtracting(loaded)
        guard !missing.isEmpty else { return }
        for record in try journal.records(of: missing) {
            ledger.apply(record)
        }
        loadedPeople = loaded.union(missing)
    }

    /// Streams everyone on the roster through `transform` on every core and hands the
    /// results to `consume` in roster order on the calling thread as they come. Workers run
    /// at most `window` people ahead of `consume`, so memory does not grow with the roster.
    public func pipelineEveryone<T: Sendable>(
        window: Int = 256, _ transform: @escaping @Sendable (Person, Ledger) throws -> T, consume: (T) throws -> Void
    ) throws {
        let people = ledger.people
        if loadedPeople == nil {
            for person in people { try consume(try transform(person, ledger)) }
            return
        }
        try journal.prepareForConcurrentReads()
        // The journal is only read while the workers run (no appends meanwhile).
        let shared = Unchecked((journal: journal, roster: ledger.roster))
        try OrderedPipeline.run(
            count: people.count, window: window,
            compute: { position in
                let person = people[position]
                let (journal, roster) = shared.value
                return try transform(person, Ledger(roster: roster, person: person.id, records: try journal.records(of: [person.id])))
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
    public func mapEveryone<T: Sendable>(_ transform: @escaping @Sendable (Person, Ledger) throws -> T) throws -> [T] {
        var all: [T] = []
        all.reserveCapacity(ledger.people.count)
        try pipelineEveryone(transform, consume: { all.append($0) })
        return all
    }

    // MARK: - Writing

    /// Appends new records made from kinds and fields, stamped with time, account and actor.
    @discardableResult
    public func write(_ entries: [(RecordKind, [(String, String)])], actor: String?) throws -> [Record] {
        let time = TrackerContext.timestamp(context.now())
        let records = entries.map { kind, fields in
            Record(id: context.newID(), kind: kind, time: time, account: context.account, actor: actor, fields: fields)
        }
        try append(records)
        return records
    }

    /// Appends complete records (used by import, which keeps original ids).
    public func append(_ records: [Record]) throws {
        try load(people: Set(records.compactMap { $0.kind == .person ? nil : $0["person"] }))
        try journal.append(records)
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
        if let id { return try person(id) }
        return ledger.person(login: context.account)
    }

    /// The program with this id, or an error listing the known ones.
    public func program(_ id: String) throws -> Program {
        guard let program = programs[id] else {
            throw TrackerError.invalidValue(field: "program", value: id, expected: "one of \(programs.keys.sorted().joined(separator: ", "))")
        }
        return program
    }

    /// The program a person is certified in (their latest award's), else the store's default.
    public func program(of personID: String) throws -> Program {
        try load(people: [personID])
        return try programs.program(of: personID, in: ledger)
    }

    /// A record of one of the given kinds, or an error. The ledger then also holds the
    /// records of the person it is about.
    public func record(_ id: String, kinds: Set<RecordKind>, describing: String) throws -> Record {
        var found = ledger.record(id)
        if found == nil, loadedPeople != nil {
            found = try journal.record(id: id)
        }
        guard let record = found, kinds.contains(record.kind) else {
            throw TrackerError.unknownRecord(id, expected: describing)
        }
        if let person = record["person"] { try load(people: [person]) }
        return record
    }

    // MARK: - Validation helpers

    /// Parses a date that exists and is not after today.
    public func pastDate(_ text: String, field: String = "--date") throws -> Day {
        guard let day = Day(text) else {
            throw TrackerError.invalidValue(field: field, value: text, expected: "a date that exists, as YYYY-MM-DD")
        }
        let today = context.today
        if day > today {
            throw TrackerError.invalidValue(field: field, value: text, expected: "a date on or before today (\(today))")
        }
        return day
    }

    /// Parses hours: more than 0, at most 24, at most two decimals.
    public static func hours(_ text: String, field: String = "--hours") throws -> Hours {
        guard let hours = Hours(text) else {
            throw TrackerError.invalidValue(field: field, value: text, expected: "a number of hours such as 1, 1.5 or 0.25")
        }
        guard hours > .zero, hours <= Hours(24) else {
            throw TrackerError.invalidValue(field: field, value: text, expected: "more than 0 and at most 24 hours (one day's training)")
        }
        return hours
    }

    static func nonEmpty(_ text: String, field: String) throws -> String {
        let trimmed = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !trimmed.isEmpty else { throw TrackerError.invalidValue(field: field, value: text, expected: "some text") }
        guard trimmed.count <= 500 else { throw TrackerError.invalidValue(field: field, value: String(trimmed.prefix(40)) + "...", expected: "at most 500 characters") }
        return trimmed
    }
}
