import Foundation
import PeerTrackCore

/// A CSV file read for an import: its header's columns, then its data rows one at a time
/// (blank rows skipped), with every problem found noted as `FILE:LINE: column: message`.
package struct SpreadsheetFile {
    /// A problem at a line and column of the file.
    package struct Problem: CustomStringConvertible {
        var file: String
        var line: Int
        var column: String
        /// The column's place in the row, for ordering the problems of one line.
        var position: Int
        var message: String

        package var description: String { "\(file):\(line): \(column): \(message)" }
    }

    /// The largest file read: 64 MiB, about 800,000 rows of CE hours.
    package static let maxBytes = 64 << 20

    /// The file as the user named it.
    package let path: String
    /// Which column holds which field.
    package let columns: CSVColumns
    /// Every problem so far, in the order found.
    package private(set) var problems: [Problem] = []
    private var reader: CSVReader

    /// Opens `path` and reads its header row.
    package init(path: String, fields: [CSVColumns.Field], map: [String: String]) throws {
        self.path = path
        do {
            reader = CSVReader(try UserFile.contents(of: path, limit: SpreadsheetFile.maxBytes))
        } catch {
            throw SpreadsheetFileError(path: path, reason: error.reason)
        }
        var header: CSVRow?
        var headerProblem: Problem?
        do throws(CSVError) {
            header = try reader.next()
        } catch {
            headerProblem = Problem(file: path, line: error.line, column: "column \(error.field)", position: error.field - 1, message: error.message)
        }
        columns = CSVColumns(header: header?.fields ?? [], fields: fields, map: map)
        if let headerProblem {
            problems.append(headerProblem)
            reader = CSVReader([])
        } else if header == nil {
            problems.append(Problem(file: path, line: 1, column: "header", position: 0, message: "the file is empty; its first row names the columns"))
        } else {
            let line = header?.line ?? 1
            problems += columns.problems.map { Problem(file: path, line: line, column: $0.column, position: $0.position, message: $0.message) }
        }
    }

    /// The next row that is not blank; nil at the end. A row the reader cannot make out is
    /// noted and skipped, and so are values in columns no field is read from.
    package mutating func nextRow() -> CSVRow? {
        while true {
            do throws(CSVError) {
                guard let row = try reader.next() else {
                    reader = CSVReader([])  // the file's bytes are not needed any more
                    return nil
                }
                guard !row.isBlank else { continue }
                for stray in columns.strayCells(in: row) {
                    problems.append(Problem(file: path, line: row.line, column: stray.column, position: stray.position, message: stray.message))
                }
                return row
            } catch {
                problems.append(Problem(file: path, line: error.line, column: "column \(error.field)", position: error.field - 1, message: error.message))
            }
        }
    }

    /// Notes a problem of a field (named as the header names its column) on a line.
    package mutating func note(line: Int, field: String, _ message: String) {
        problems.append(
            Problem(file: path, line: line, column: columns.columnName(field), position: columns.position(of: field), message: message))
    }

    /// Every problem, in the order of the file (header problems first).
    package var problemsInFileOrder: [Problem] {
        problems.enumerated()
            .sorted { ($0.element.line, $0.element.position, $0.offset) < ($1.element.line, $1.element.position, $1.offset) }
            .map(\.element)
    }
}

/// A spreadsheet that cannot be read at all.
package struct SpreadsheetFileError: Error, CustomStringConvertible {
    package var path: String
    package var reason: String

    package var description: String { "\(SafeText.visible(path)): the file \(reason)" }
}
