import Foundation
import PeerTrackCore
import Tracker

/// Makes what the CSV import benchmark measures: a store holding an agency and a roster
/// and nothing else, and a spreadsheet of CE hours for the people on it, as an agency
/// exports one (a header row, CRLF, some titles quoted for their commas and quotes).
public struct CSVImportGenerator: Sendable {
    /// How many people the roster holds.
    public var people: Int
    /// How many rows the spreadsheet has, not counting its header.
    public var rows: Int
    /// Seed for the deterministic generator.
    public var seed: UInt64

    /// Makes a generator.
    public init(people: Int, rows: Int, seed: UInt64 = 42) {
        self.people = people
        self.rows = rows
        self.seed = seed
    }

    /// The scale the benchmark measures.
    public static let benchmark = CSVImportGenerator(people: 1_000, rows: 100_000)

    /// The file name of the spreadsheet inside the folder `write(to:)` fills.
    public static let sheetName = "ce.csv"
    /// The folder name of the roster store inside it.
    public static let storeName = "store"

    /// Writes the roster store and the spreadsheet into `folder` (which must not hold them).
    public func write(to folder: URL) throws {
        let roster = StoreGenerator(people: people, records: 0, seed: seed)
        let journal = try Journal(directory: folder.appendingPathComponent(CSVImportGenerator.storeName, isDirectory: true))
        var records = [
            Record(id: "0000000000000001", kind: .agency, time: "2018-01-01T08:00:00Z", account: "admin", actor: nil,
                   fields: [("name", "Synthetic Peer Agency"), ("program", "nc-cpss")])
        ]
        for index in 0..<people {
            records.append(Record(
                id: String(format: "%016llx", UInt64(index + 2) &* 0x9E37_79B9_7F4A_7C15), kind: .person, time: "2018-01-01T08:00:00Z",
                account: "admin", actor: nil,
                fields: [("person", roster.personID(index)), ("name", "Person \(index)"), ("role", index % 8 == 0 ? "supervisor" : "specialist")]))
        }
        try journal.append(records)

        let url = folder.appendingPathComponent(CSVImportGenerator.sheetName)
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else { throw BenchmarkError.missing(url.path) }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var random = SplitMix64(seed: seed)
        var writer = CSVWriter()
        writer.appendRow(["Person", "Date", "Hours", "Title", "Category", "Provider"])
        let start = StoreGenerator.day(2019, 1, 1)
        let hours = ["1", "1.5", "2", "3", "0.5", "6", "0.25"]
        for row in 0..<rows {
            let person = roster.personID(Int(random.next() % UInt64(people)))
            let date = start.adding(days: Int(random.next() % 2_500))
            let title = random.next() % 10 == 0 ? "Ethics, boundaries and \"dual\" roles, part \(row)" : "Training session \(row)"
            writer.appendRow([
                person, date.description, hours[Int(random.next() % UInt64(hours.count))], title, random.next() % 5 == 0 ? "ethics" : "general",
                "Provider \(random.next() % 40)",
            ])
            if writer.bytes.count > 1 << 20 { try handle.write(contentsOf: writer.take()) }
        }
        try handle.write(contentsOf: writer.take())
    }
}
