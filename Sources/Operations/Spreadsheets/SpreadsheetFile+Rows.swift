import PeerTrackCore
import Tracker

/// The rows of a spreadsheet as the tracker's typed rows: cells read as days, hours and
/// roles here, at the edge, each cell that cannot be read noted with its line and column.
extension SpreadsheetFile {
    /// The columns `ce import` reads.
    package static let ceFields: [CSVColumns.Field] = [
        .init(name: "person", required: true), .init(name: "date", required: true), .init(name: "hours", required: true),
        .init(name: "title", required: true), .init(name: "category", required: true), .init(name: "provider", required: false),
    ]

    /// The columns `person import` reads.
    package static let personFields: [CSVColumns.Field] = [
        .init(name: "id", required: true), .init(name: "name", required: true), .init(name: "role", required: false),
        .init(name: "login", required: false),
    ]

    /// Every data row as CE hours. Dates are `YYYY-MM-DD`, or also `M/D/YYYY` with `usDates`.
    package mutating func ceRows(usDates: Bool) -> [CEImportRow] {
        var rows: [CEImportRow] = []
        while let row = nextRow() {
            var date: Day?
            if let text = columns.cell("date", in: row) {
                date = Day(text) ?? (usDates ? Day(usDate: text) : nil)
                if date == nil { note(line: row.line, field: "date", SpreadsheetFile.dateProblem(text, usDates: usDates)) }
            }
            var hours: Hours?
            if let text = columns.cell("hours", in: row) {
                hours = Hours(text)
                if hours == nil {
                    note(line: row.line, field: "hours", "\(SpreadsheetFile.quoted(text)): expected hours, \(Hours.expectation)")
                }
            }
            let provider = columns.cell("provider", in: row)
            rows.append(CEImportRow(
                line: row.line, person: columns.cell("person", in: row) ?? "", date: date, hours: hours,
                title: columns.rawCell("title", in: row) ?? "", category: columns.cell("category", in: row) ?? "",
                provider: provider?.isEmpty == false ? columns.rawCell("provider", in: row) : nil))
        }
        return rows
    }

    /// Every data row as a person. An empty role is a specialist's.
    package mutating func personRows() -> [PersonImportRow] {
        var rows: [PersonImportRow] = []
        while let row = nextRow() {
            let roleText = (columns.cell("role", in: row) ?? "").lowercased()
            let role = roleText.isEmpty ? .specialist : Role(rawValue: roleText)
            if role == nil {
                note(line: row.line, field: "role", "\(SpreadsheetFile.quoted(columns.cell("role", in: row) ?? "")): expected specialist, supervisor or admin")
            }
            let login = columns.cell("login", in: row)
            rows.append(PersonImportRow(
                line: row.line, id: columns.cell("id", in: row) ?? "", name: columns.rawCell("name", in: row) ?? "", role: role,
                login: login?.isEmpty == false ? login : nil))
        }
        return rows
    }

    /// Runs an import, which reads this file's rows and has the tracker check them (and
    /// record them only if the file has no problems of its own), and notes every row problem
    /// the tracker finds, in the words `describe` gives a cell's error; nil when there were
    /// any problems.
    package mutating func record(
        _ body: (inout SpreadsheetFile) throws -> RowImportSummary, describe: (TrackerError) -> String
    ) throws -> RowImportSummary? {
        do {
            let summary = try body(&self)
            return problems.isEmpty ? summary : nil
        } catch TrackerError.rowsRefused(let refused) {
            // A field no column holds is the header's problem, noted once already.
            for problem in refused where columns.has(problem.field.rawValue) {
                note(line: problem.line, field: problem.field.rawValue, describe(problem.error))
            }
            return nil
        }
    }

    private static func dateProblem(_ text: String, usDates: Bool) -> String {
        if usDates { return "\(quoted(text)): expected a date that exists, as YYYY-MM-DD or M/D/YYYY" }
        if Day(usDate: text) != nil {
            return "\(quoted(text)): expected a date as YYYY-MM-DD; for month/day/year dates give --us-dates (the order is never guessed)"
        }
        return "\(quoted(text)): expected a date that exists, as YYYY-MM-DD"
    }

    /// A cell's text in a message, or "empty".
    package static func quoted(_ text: String) -> String {
        text.isEmpty ? "empty" : "'\(SafeText.excerpt(text))' is not valid"
    }
}
