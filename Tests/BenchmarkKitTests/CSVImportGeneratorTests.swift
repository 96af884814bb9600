import Foundation
import PeerTrackCore
import Testing
import Tracker

@testable import BenchmarkKit

struct CSVImportGeneratorTests {
    @Test func writesARosterStoreAndASpreadsheetThatImportsWithoutAProblem() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("peertrack-csvgen-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try CSVImportGenerator(people: 20, rows: 500).write(to: folder)
        let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(CSVImportGenerator.sheetName)))
        let rows = try CSVReader.rows(bytes)
        #expect(rows.count == 501)
        #expect(rows[0].fields == ["Person", "Date", "Hours", "Title", "Category", "Provider"])
        #expect(rows.contains { $0.fields[3].contains(",") && $0.fields[3].contains("\"") }, "some titles need quoting")
        #expect(rows.map(\.line) == Array(1...501))

        let store = folder.appendingPathComponent(CSVImportGenerator.storeName)
        let tracker = try Tracker(
            store: store, programs: try ProgramLoader(directory: repository.appendingPathComponent("Curriculum/programs")).load(),
            context: TrackerContext(now: { Date() }, account: "bench"))
        #expect(tracker.people.count == 20)
        #expect(try tracker.completeLedger().people.count == 20)
        let summary = try tracker.importCE(rows.dropFirst().map { row in
            CEImportRow(
                line: row.line, person: row.fields[0], date: Day(row.fields[1]), hours: Hours(row.fields[2]), title: row.fields[3],
                category: row.fields[4], provider: row.fields[5])
        })
        #expect(summary.added == 500 && summary.present == 0)
    }
}

/// The repository (three levels up from this file), which holds the program rules.
private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
