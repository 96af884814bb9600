import Foundation
import Operations
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
                let path = try arguments.positionals("FILE")[0]
                return cli.report(try cli.workspace.importPeople(path, map: arguments["--map"], describe: TrackerErrorMessage.cell), of: path, what: "people")
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
                let path = try arguments.positionals("FILE")[0]
                let done = try cli.workspace.importCE(path, map: arguments["--map"], usDates: arguments.has("--us-dates"), describe: TrackerErrorMessage.cell)
                return cli.report(done, of: path, what: "CE records")
            }),
    ]

    /// Says what an import came to: every problem with its line and column (and nothing
    /// recorded), or how many rows were new and how many were on record already.
    func report(_ done: SpreadsheetImport, of path: String, what: String) -> Int32 {
        switch done {
        case .refused(let problems):
            console.writeError(problems.map { "\($0)\n" }.joined())
            console.writeError("peertrack: \(problems.count) problem(s) in \(path); nothing was imported and the store is unchanged\n")
            return 1
        case .imported(let summary) where summary.added == 0:
            console.write("Nothing new in \(path): all \(summary.present) of its \(what) are on record already.\n")
        case .imported(let summary):
            console.write("Imported \(summary.added) \(what) from \(path); \(summary.present) were on record already.\n")
        }
        return 0
    }
}
