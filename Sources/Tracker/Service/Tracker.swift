import Foundation
import PeerTrackCore

/// What the workers of `pipelineEveryone` share: the journal (read-only while they run), the
/// roster, and the results, filled in under a lock.
private final class SharedReads<Value>: @unchecked Sendable {
    let journal: Journal
    let roster: Roster
    private let lock = NSLock()
    private(set) var results: [Value?]
    private(set) var firstError: (any Error)?

    init(journal: Journal, roster: Roster, count: Int) {
        self.journal = journal
        self.roster = roster
        self.results = Array(repeating: nil, count: count)
    }

    /// The results, once every one is in.
    var all: [Value] { results.compactMap { $0 } }

    func store(_ value: Value, at position: Int) {
        lock.lock()
        results[position] = value
        lock.unlock()
    }

    func fail(_ error: any Error) {
        lock.lock()
        if firstError == nil { firstError = error }
        lock.unlock()
    }
}

/// A result handed from a background batch to the thread that waits for it.
private final class ResultBox<T>: @unchecked Sendable {
    var result: Result<T, any Error>?
}

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

    /// Streams everyone on the roster through `transform` on every core, a batch at a time,
    /// and hands the results to `consume` in roster order on the calling thread while the
    /// next batch is being computed. Memory holds two batches, whatever the roster's size.
    public func pipelineEveryone<T: Sendable>(
        batch size: Int = 128, _ transform: @escaping @Sendable (Person, Ledger) throws -> T, consume: (T) throws -> Void
    ) throws {
        let people = ledger.people
        if loadedPeople == nil {
            for person in people { try consume(try transform(person, ledger)) }
            return
        }
        try journal.prepareForConcurrentReads()
        // The journal is only read while batches are computed (no appends meanwhile).
        let reads = SharedReads<T>(journal: journal, roster: ledger.roster, count: 0)
        let compute: @Sendable (Range<Int>) -> Result<[T], any Error> = { range in
            let shared = SharedReads<T>(journal: reads.journal, roster: reads.roster, count: range.count)
            let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var position = worker
                while position < range.count, shared.firstError == nil {
                    do {
                        let person = people[range.lowerBound + position]
                        let ledger = Ledger(roster: shared.roster, records: try shared.journal.records(of: [person.id]))
                        shared.store(try transform(person, ledger), at: position)
                    } catch {
                        shared.fail(error)
                    }
                    position += workers
                }
            }
            if let error = shared.firstError { return .failure(error) }
            return .success(shared.all)
        }
        var current = try compute(0..<min(size, people.count)).get()
        var start = min(size, people.count)
        while true {
            let range = start..<min(start + size, people.count)
            let next = ResultBox<[T]>()
            let group = DispatchGroup()
            if !range.isEmpty {
                DispatchQueue.global().async(group: group) { next.result = compute(range) }
            }
            var consumeError: (any Error)?
            do {
                for item in current { try consume(item) }
            } catch {
                consumeError = error
            }
            group.wait()
            reads.journal.releasePages()
            if let consumeError { throw consumeError }
            guard !range.isEmpty, let result = next.result else { return }
            current = try result.get()
            start = range.upperBound
        }
    }

    /// Computes `transform` for every person on the roster, on every core, and returns the
    /// results in roster order.
    public func mapEveryone<T: Sendable>(_ transform: @escaping @Sendable (Person, Ledger) throws -> T) throws -> [T] {
        var all: [T] = []
        all.reserveCapacity(ledger.people.count)
        try pipelineEveryone(batch: 2048, transform, consume: { all.append($0) })
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
