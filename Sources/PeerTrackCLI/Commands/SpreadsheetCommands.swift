import Operations
import Foundation
import Tracker

extension CLI {
    static let spreadsheetCommands: [Command] = [
        Command(
            path: ["person", "import"], synopsis: "FILE.csv [--map \"COLUMN=FIELD,...\"]",
            summary: "Add the people of a spreadsheet (CSV) to the roster: all of them, or none.",
            details: """
                The header row names the columns: id, name, role, login (case and spacing ignored;
                role and login may be left out, and an empty role is a specialist). Other names:
                --map "Staff ID=id,Full name=name"; leave a column out with --map "Notes=".
                Every problem is reported as FILE:LINE: column: message and nothing is recorded
                (exit 1). Someone already on the roster with the same name, role and login is
                counted as already there, so importing the same file again adds no one.
                """,
            options: ["--map"],
            run: { cli, arguments in
                try cli.importSpreadsheet(
                    try arguments.positionals("FILE")[0], fields: SpreadsheetFile.personFields, map: arguments["--map"], what: "people",
                    { sheet, tracker in
                        let rows = sheet.personRows()
                        return try tracker.importPeople(consume rows, dryRun: !sheet.problems.isEmpty)
                    })
            }),
        Command(
            path: ["ce", "import"], synopsis: "FILE.csv [--map \"COLUMN=FIELD,...\"] [--us-dates]",
            summary: "Record the CE hours of a spreadsheet (CSV): all rows, or none; nothing twice.",
            details: """
                The header row names the columns: person, date, hours, title, category, provider
                (case and spacing ignored; provider may be left out). Other names: --map
                "Hours=hours,Course=title"; leave a column out with --map "Notes=".
                Dates are YYYY-MM-DD; with --us-dates, M/D/YYYY too (the order is never guessed).
                Hours have a decimal point: 1, 1.5, 0.25. Each row is checked as `ce add` checks it.
                Every problem is reported as FILE:LINE: column: message and nothing is recorded
                (exit 1). A row is on record already when a CE record (not voided) of the same
                person, date, title and hours exists, or an earlier row says the same: it is counted,
                not recorded again, so importing the same file twice adds nothing.
                """,
            options: ["--map"], flags: ["--us-dates"],
            run: { cli, arguments in
                let usDates = arguments.has("--us-dates")
                return try cli.importSpreadsheet(
                    try arguments.positionals("FILE")[0], fields: SpreadsheetFile.ceFields, map: arguments["--map"], what: "CE records",
                    { sheet, tracker in
                        let rows = sheet.ceRows(usDates: usDates)
                        return try tracker.importCE(consume rows, dryRun: !sheet.problems.isEmpty)
                    })
            }),
    ]

    /// Reads a spreadsheet, hands its rows to the tracker and reports what happened: every
    /// problem with its line and column (and nothing recorded), or how many rows were new
    /// and how many were on record already.
    ///
    /// `importRows` reads the rows and hands them to the tracker, to record only if the file
    /// had no problems of its own (else to check them for the tracker's problems). The rows
    /// are handed over, not kept, so a large import holds them only while they are checked.
    func importSpreadsheet(
        _ path: String, fields: [CSVColumns.Field], map: String?, what: String,
        _ importRows: (inout SpreadsheetFile, Tracker) throws -> RowImportSummary
    ) throws -> Int32 {
        var sheet = try SpreadsheetFile(path: path, fields: fields, map: try CSVColumns.parseMap(map, fields: fields))
        let tracker = try openTracker()
        let summary = try sheet.record({ sheet in try importRows(&sheet, tracker) }, describe: TrackerErrorMessage.cell)
        guard let summary else {
            let problems = sheet.problemsInFileOrder
            console.writeError(problems.map { "\($0)\n" }.joined())
            console.writeError("peertrack: \(problems.count) problem(s) in \(path); nothing was imported and the store is unchanged\n")
            return 1
        }
        if summary.added == 0 {
            console.write("Nothing new in \(path): all \(summary.present) of its \(what) are on record already.\n")
        } else {
            console.write("Imported \(summary.added) \(what) from \(path); \(summary.present) were on record already.\n")
        }
        return 0
    }
}
