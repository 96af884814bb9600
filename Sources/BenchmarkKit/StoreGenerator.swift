import Foundation
import PeerTrackCore
import Tracker

/// Makes synthetic but realistic stores for benchmarks: people with awards and
/// recertifications on the NC cycle, CE records (most verified, a few voided), supervisor
/// training, lessons and quiz attempts, all dated before `today`.
public struct StoreGenerator: Sendable {
    /// How many people.
    public var people: Int
    /// About how many records in all.
    public var records: Int
    /// The day the store is "as of".
    public var today: Day
    /// Seed for the deterministic generator.
    public var seed: UInt64

    /// Makes a generator.
    public init(people: Int, records: Int, today: Day = StoreGenerator.day(2026, 11, 22), seed: UInt64 = 42) {
        self.people = people
        self.records = records
        self.today = today
        self.seed = seed
    }

    /// The two scales the benchmark measures.
    public static let agency = StoreGenerator(people: 500, records: 100_000)
    public static let state = StoreGenerator(people: 10_000, records: 1_000_000)

    /// Writes the store's journal into `directory` (which must not hold one) and returns
    /// the number of records written.
    @discardableResult
    public func write(to directory: URL) throws -> Int {
        var random = SplitMix64(seed: seed)
        let journal = try Journal(directory: directory)
        var batch: [Record] = []
        var written = 0
        var counter: UInt64 = 0
        func emit(_ kind: RecordKind, _ fields: [(String, String)], actor: String? = nil, day: Day) throws -> String {
            counter += 1
            let id = String(format: "%016llx", counter &* 0x9E37_79B9_7F4A_7C15)
            let time = "\(day)T\(String(format: "%02d", 8 + Int(counter % 9))):\(String(format: "%02d", Int(counter % 60))):00Z"
            batch.append(Record(id: id, kind: kind, time: time, account: "admin", actor: actor, fields: fields))
            if batch.count == 20_000 {
                try journal.append(batch)
                written += batch.count
                batch.removeAll(keepingCapacity: true)
            }
            return id
        }
        let start = StoreGenerator.day(2018, 1, 1)
        let supervisors = max(1, people / 8)
        _ = try emit(.agency, [("name", "Synthetic Peer Agency"), ("program", "nc-cpss")], day: start)
        for index in 0..<people {
            let role = index < supervisors ? "supervisor" : "specialist"
            _ = try emit(.person, [("person", personID(index)), ("name", "Person \(index)"), ("role", role)], day: start)
        }
        for index in 0..<supervisors {
            _ = try emit(
                .training, [("person", personID(index)), ("course", "Supervising NC Certified Peer Support Specialists"), ("date", "2018-02-01"), ("hours", "3")],
                day: StoreGenerator.day(2018, 2, 1))
        }
        let perPerson = max(8, (records - 1 - people - supervisors) / people)
        for index in 0..<people {
            let person = personID(index)
            let award = start.adding(days: Int(random.next() % 2400))
            _ = try emit(.certify, [("person", person), ("date", award.description), ("program", "nc-cpss"), ("number", "NC-\(10_000 + index)")], day: award)
            var cycle = 1
            var due = award.adding(months: 24).endOfMonth
            while due.adding(days: -20) < today {
                let recert = due.adding(days: -Int(random.next() % 40))
                if recert >= today { break }
                _ = try emit(.recertify, [("person", person), ("date", recert.description)], day: recert)
                cycle += 1
                due = award.adding(months: 24 * cycle).endOfMonth
            }
            let span = max(1, award.days(until: today) - 1)
            var remaining = perPerson - 1 - (cycle - 1)
            while remaining > 0 {
                let day = award.adding(days: 1 + Int(random.next() % UInt64(span)))
                let roll = random.next() % 100
                if roll < 8 {
                    let passed = random.next() % 3 != 0
                    let score = passed ? 80 + Int(random.next() % 21) : 40 + Int(random.next() % 40)
                    _ = try emit(
                        .attempt,
                        [("person", person), ("quiz", "ethics-quiz"), ("version", "1"), ("seed", "\(random.next() % 999_999)"),
                         ("questions", "ethics-q01,ethics-q02,ethics-q03"), ("answers", "a|b|true"), ("correct", "\(score / 5)"),
                         ("asked", "20"), ("score", "\(score)"), ("passed", passed ? "true" : "false"),
                         ("started", "\(day)T10:00:00Z"), ("ended", "\(day)T10:20:00Z")],
                        actor: person, day: day)
                    remaining -= 1
                } else {
                    let hours = ["1", "1.5", "2", "3", "0.5", "6"][Int(random.next() % 6)]
                    let category = random.next() % 5 == 0 ? "ethics" : "general"
                    let ce = try emit(
                        .ce, [("person", person), ("date", day.description), ("hours", hours), ("title", "Training \(random.next() % 500)"),
                              ("category", category), ("provider", "Provider \(random.next() % 40)")], day: day)
                    remaining -= 1
                    if remaining > 0, random.next() % 100 < 55 {
                        _ = try emit(.verify, [("target", ce), ("person", person)], actor: personID(Int(random.next() % UInt64(supervisors))), day: day)
                        remaining -= 1
                    }
                    if remaining > 0, random.next() % 100 < 3 {
                        _ = try emit(.void, [("target", ce), ("person", person), ("reason", "entered twice")], day: day)
                        remaining -= 1
                    }
                }
            }
        }
        if !batch.isEmpty {
            try journal.append(batch)
            written += batch.count
        }
        return written
    }

    /// A day written out in the code (the fallback is never taken for real dates).
    public static func day(_ year: Int, _ month: Int, _ day: Int) -> Day {
        Day(year: year, month: month, day: day) ?? Day(daysSinceEpoch: 0)
    }

    /// The id of the `index`-th person.
    public func personID(_ index: Int) -> String {
        "p\(String(format: "%05d", index))"
    }
}
