import Foundation
import PeerTrackCore
import Testing
import Tracker

/// Spreadsheets through the built binary: rosters and CE hours imported from CSV, all or
/// nothing, and every `--csv` output read back with PeerTrack's own CSV reader.
struct SpreadsheetEndToEndTests {
    private let scratch = SpreadsheetScratch()
    private var store: URL { scratch.store }
    private var folder: URL { scratch.folder }

    private func run(_ arguments: [String]) throws -> PeerTrackProcess.Result {
        try PeerTrackProcess.run(arguments, store: store, user: "admin")
    }

    /// Writes a CSV file (a UTF-8 byte order mark first, if asked) and returns its path.
    private func file(_ name: String, _ text: String, bom: Bool = false) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data((bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)).write(to: url)
        return url.path
    }

    /// A command's `--csv` output, read back: every row with as many cells as the header.
    private func csv(_ arguments: [String]) throws -> [[String]] {
        let result = try run(arguments + ["--csv"])
        #expect(result.status == 0, "\(arguments): \(result.errors)")
        #expect(result.output.hasSuffix("\r\n"), "\(arguments): rows end with CRLF")
        let rows = try CSVReader.rows(text: result.output).map(\.fields)
        #expect(rows.allSatisfy { $0.count == rows.first?.count }, "\(arguments): \(rows)")
        return rows
    }

    private func setUpRoster() throws {
        #expect(try run(["init", "--agency", "Hope Works Peer Center"]).status == 0)
        // Excel's "CSV UTF-8": a byte order mark, CRLF, a quoted comma; headers in their own case and spacing.
        let people = try file("people.csv", " ID ,Full Name,ROLE,Login\r\nana,\"Diaz, Ana\",,ana\r\nsam,Sam Lee,Supervisor,sam\r\n", bom: true)
        let result = try run(["person", "import", people, "--map", "Full Name=name"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output == "Imported 2 people from \(people); 0 were on record already.\n")
        #expect(try run(["certify", "ana", "--date", "2024-03-15", "--override", "certified before this store was kept"]).status == 0)
    }

    @Test func importsCEWithQuotedCommasAndLineBreaksABOMAndCRLF() throws {
        try setUpRoster()
        let sheet = try file(
            "ce.csv",
            "Person,Date,Hours,Title,Category,Provider,Notes\r\n"
                + "ana,2025-02-01,3,\"Ethics, boundaries and \"\"dual\"\" roles\",ethics,\"UNC, School of Social Work\",\"two\r\nlines\"\r\n"
                + "ana,2025-03-01,17.5,WRAP facilitator,general,,\r\n",
            bom: true)
        let result = try run(["ce", "import", sheet, "--map", "Notes="])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output == "Imported 2 CE records from \(sheet); 0 were on record already.\n")
        let rows = try csv(["ce", "list", "ana"])
        #expect(rows[0] == ["record", "person", "date", "hours", "category", "title", "provider", "state", "verified by", "verified at", "voided at", "void reason"])
        #expect(rows.dropFirst().map { Array($0[1...6]) } == [
            ["ana", "2025-02-01", "3", "ethics", "Ethics, boundaries and \"dual\" roles", "UNC, School of Social Work"],
            ["ana", "2025-03-01", "17.5", "general", "WRAP facilitator", ""],
        ])
    }

    @Test func aBadFileReportsEveryProblemWithItsLineAndColumnAndChangesNothing() throws {
        try setUpRoster()
        let before = PeerTrackProcess.journal(store)
        let sheet = try file(
            "bad.csv",
            "person,date,hours,title,category,Notes\n"
                + "ana,2025-02-01,3,\"A title\nover two lines\",ethics,\n"  // lines 2-3: a line break in a title
                + "bob,2025-02-01,1,Intro,general,\n"  // line 4
                + "ana,3/1/2025,1,5,general,\n"  // line 5
                + "ana,2025-02-30,1,5,general,\n"  // line 6
                + "ana,2025-02-01,1,5,ethics\",\n"  // line 7
                + "ana,2099-01-01,25,,sport,\n"  // line 8
                + ",,,,,\n"  // blank: skipped
                + "ana,2025-02-01,1.5,\"never closed,general,\n")  // line 10
        let result = try run(["ce", "import", sheet])
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        let expected = [
            "\(sheet):1: Notes: not a column this import reads (it reads person, date, hours, title, category, provider); name the field it holds with --map \"Notes=FIELD\", or leave it out with --map \"Notes=\"",
            "\(sheet):2: title: 'A title\\u{A}over two lines' is not valid: expected text without control or direction-changing characters (it holds \\u{A})",
            "\(sheet):4: person: no person with id 'bob' is on the roster (add them first with `peertrack person import` or `peertrack person add`)",
            "\(sheet):5: date: '3/1/2025' is not valid: expected a date as YYYY-MM-DD; for month/day/year dates give --us-dates (the order is never guessed)",
            "\(sheet):6: date: '2025-02-30' is not valid: expected a date that exists, as YYYY-MM-DD",
            "\(sheet):7: column 5: a stray \"; quote the whole field and write each \" inside it as \"\"",
            "\(sheet):8: date: '2099-01-01' is not valid: expected a date on or before today",
            "\(sheet):8: hours: '25' is not valid: expected more than 0 and at most 24 hours (one day's training)",
            "\(sheet):8: title: empty: expected some text",
            "\(sheet):8: category: 'sport' is not valid: expected one of ethics, general, military, children-families (program nc-cpss)",
            "\(sheet):10: column 4: a quote opens here and is never closed; close it with \" (a \" inside a quoted field is written \"\")",
            "peertrack: 11 problem(s) in \(sheet); nothing was imported and the store is unchanged",
        ]
        let lines = result.errors.split(separator: "\n").map(String.init)
        #expect(lines.count == expected.count, "\(result.errors)")
        for (line, want) in zip(lines, expected) {
            // Today's date is the machine's; the rest is exact.
            #expect(line == want || (want.hasSuffix("on or before today") && line.hasPrefix(want + " (")), "\(line)\nwanted \(want)")
        }
        #expect(PeerTrackProcess.journal(store) == before, "the journal is byte for byte as it was")
    }

    @Test func reimportingTheSameFileAddsNothing() throws {
        try setUpRoster()
        let sheet = try file("ce.csv", "person,date,hours,title,category\nana,2025-02-01,3,Ethics,ethics\nana,2025-02-01,3,Ethics,ethics\nana,2025-03-01,2,WRAP,general\n")
        #expect(try run(["ce", "import", sheet]).output == "Imported 2 CE records from \(sheet); 1 were on record already.\n")
        let after = PeerTrackProcess.journal(store)
        let again = try run(["ce", "import", sheet])
        #expect(again.status == 0)
        #expect(again.output == "Nothing new in \(sheet): all 3 of its CE records are on record already.\n")
        #expect(PeerTrackProcess.journal(store) == after)
        let people = try file("people.csv", try run(["person", "list", "--csv"]).output)
        #expect(try run(["person", "import", people]).output == "Nothing new in \(people): all 2 of its people are on record already.\n")
        #expect(PeerTrackProcess.journal(store) == after)
    }

    @Test func usDatesAreReadOnlyWhenAskedFor() throws {
        try setUpRoster()
        let sheet = try file("us.csv", "person,date,hours,title,category\nana,3/5/2025,1,March fifth,general\nana,2025-04-01,1,ISO too,general\n")
        let refused = try run(["ce", "import", sheet])
        #expect(refused.status == 1)
        #expect(refused.errors.contains("\(sheet):2: date: '3/5/2025' is not valid"))
        let imported = try run(["ce", "import", sheet, "--us-dates"])
        #expect(imported.status == 0, "\(imported.errors)")
        let rows = try csv(["ce", "list", "ana"])
        #expect(rows.dropFirst().map { [$0[2], $0[5]] } == [["2025-03-05", "March fifth"], ["2025-04-01", "ISO too"]])
    }

    @Test func mapNamesOtherColumnsAndLeavesOthersOut() throws {
        try setUpRoster()
        let sheet = try file("mapped.csv", "Staff,When,Contact Hours,Course,Type,Notes\nana,2025-02-01,1.25,Trauma-informed care,general,kept out\n")
        let refused = try run(["ce", "import", sheet])
        #expect(refused.status == 1)
        #expect(refused.errors.contains("\(sheet):1: person: no column holds person; add one to the header, or name the column that does with --map \"COLUMN=person\""))
        let map = "Staff=person,When=date,contact hours=hours,Course=title,Type=category,Notes="
        let imported = try run(["ce", "import", sheet, "--map", map])
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(try csv(["ce", "list", "ana"])[1][3...5] == ["1.25", "general", "Trauma-informed care"])
        let usage = try run(["ce", "import", sheet, "--map", "Course=course"])
        #expect(usage.status == 64)
        #expect(usage.errors.contains("'course' is not a field of this import"))
    }

    @Test func everyCSVOutputReadsBackAndAFormulaComesOutGuarded() throws {
        try setUpRoster()
        let sheet = try file(
            "ce.csv", "person,date,hours,title,category\nana,2025-02-01,3,\"=HYPERLINK(\"\"http://example.com\"\",\"\"click\"\")\",ethics\nana,2025-03-01,17,@SUM(A1),general\n")
        #expect(try run(["ce", "import", sheet]).status == 0)
        try recordAttempt()

        let people = try csv(["person", "list"])
        #expect(people == [["id", "name", "role", "login"], ["ana", "Diaz, Ana", "specialist", "ana"], ["sam", "Sam Lee", "supervisor", "sam"]])
        let ce = try csv(["ce", "list", "ana"])
        #expect(ce.dropFirst().map { $0[5] } == ["'=HYPERLINK(\"http://example.com\",\"click\")", "'@SUM(A1)"])
        let status = try csv(["status", "--on", "2026-01-15"])
        #expect(status.count == 3)
        let column = { (name: String) in try #require(status[0].firstIndex(of: name)) }
        #expect(status[1][try column("due")] == "2026-03-31")
        #expect(status[1][try column("state")] == "due-soon")
        #expect(status[1][try column("days until due")] == "75")
        #expect(status[1][try column("hours counted")] == "20")
        #expect(status[1][try column("ethics shortfall")] == "0")
        #expect(status[1][try column("military counted")] == "")
        #expect(status[2][try column("supervisor training")] == "no")
        let due = try csv(["report", "due", "--on", "2026-04-10"])
        #expect(due.map { $0[0] } == ["action", "renewal", "supervisor training"])
        #expect(due[1][3] == "grace")
        let results = try csv(["results", "ana"])
        #expect(results.count == 2)
        #expect(results[1][1...2] == ["ethics-quiz", "1"])
        let log = try csv(["log"])
        #expect(log[0] == ["time", "id", "kind", "account", "actor", "person", "fields"])
        #expect(log.count == 8)
        #expect(log.contains { $0[2] == "ce" && $0[6].contains("title==HYPERLINK(\"http://example.com\",\"click\")") })
        #expect(try run(["status", "--csv", "--json"]).status == 64)
    }

    /// A finished quiz attempt for ana, recorded through the library.
    private func recordAttempt() throws {
        let programs = try ProgramLoader(directory: PeerTrackProcess.repository.appendingPathComponent("Curriculum/programs")).load()
        let tracker = try Tracker(store: store, programs: programs, context: TrackerContext(now: { Date() }, account: "admin"))
        try tracker.recordAttempt(
            quiz: "ethics-quiz", version: 1, seed: 7, questionIDs: ["q1", "q2"], answers: "a|b", started: "2025-05-01T10:00:00Z",
            result: .init(correct: 1.5, asked: 2, percent: 75, passed: false), for: try tracker.learner(as: "ana"))
    }
}

/// A store and a folder for the spreadsheets, removed when the test ends.
private final class SpreadsheetScratch {
    let store = PeerTrackProcess.temporaryStore()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("peertrack-csv-e2e-\(UUID().uuidString)", isDirectory: true)

    init() {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: store)
        try? FileManager.default.removeItem(at: folder)
    }
}
