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

    /// Opens a store (creating it if needed).
    public init(store: URL, programs: [String: Program], context: TrackerContext) throws {
        self.journal = try Journal(directory: store)
        self.ledger = Ledger(records: journal.records)
        self.programs = programs
        self.context = context
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
        let id = ledger.awards(of: personID).last?.program ?? ledger.defaultProgram ?? Tracker.fallbackProgram
        return try program(id)
    }

    /// A record of one of the given kinds, or an error.
    public func record(_ id: String, kinds: Set<RecordKind>, describing: String) throws -> Record {
        guard let record = ledger.byID[id], kinds.contains(record.kind) else {
            throw TrackerError.unknownRecord(id, expected: describing)
        }
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
