import PeerTrackCore

/// Which column of a spreadsheet holds which field: named by the header row, with case
/// and spacing ignored (`Hours`, ` hours `, `HOURS`), or by `--map "Course=title"`. A map
/// to nothing (`--map "Notes="`) leaves a column out.
package struct CSVColumns {
    /// A field the import reads.
    package struct Field {
        var name: String
        var required: Bool
    }

    /// The fields, in the order the import reads them.
    package let fields: [Field]
    /// The header's own text of each column, for messages.
    package let headers: [String]
    /// The column of each field found.
    private(set) var columns: [String: Int] = [:]
    /// Columns left out on purpose.
    private(set) var ignored: Set<Int> = []
    /// Columns with an empty header cell.
    private(set) var unnamed: [Int] = []
    /// What is wrong with the header, as (column, its place, message).
    private(set) var problems: [(column: String, position: Int, message: String)] = []

    /// Reads the header row against the fields and the `--map` pairs (header name to field
    /// name, or to "" to leave a column out).
    package init(header: [String], fields: [Field], map: [String: String]) {
        self.fields = fields
        // A header cell is echoed in messages: escaped and cut short.
        self.headers = header.map { SafeText.excerpt($0) }
        let known = Set(fields.map(\.name))
        let map = Dictionary(map.map { (CSVColumns.key($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
        var mapped = Set<String>()
        for (index, cell) in header.enumerated() {
            let key = CSVColumns.key(cell)
            if key.isEmpty {
                ignored.insert(index)
                unnamed.append(index)
                continue
            }
            var field = key
            if let target = map[key] {
                mapped.insert(key)
                if target.isEmpty {
                    ignored.insert(index)
                    continue
                }
                field = target
            }
            let name = headers[index]
            guard known.contains(field) else {
                problems.append((
                    name, index,
                    "not a column this import reads (it reads \(fields.map(\.name).joined(separator: ", "))); name the field it holds with --map \"\(name)=FIELD\", or leave it out with --map \"\(name)=\""
                ))
                continue
            }
            if let other = columns[field] {
                problems.append((name, index, "\(field) is already read from column \(other + 1) (\(headers[other])); keep one of them"))
                continue
            }
            columns[field] = index
        }
        for source in map.keys.sorted() where !mapped.contains(source) {
            let listed = headers.prefix(20).joined(separator: ", ") + (headers.count > 20 ? ", ... (\(headers.count) in all)" : "")
            problems.append((SafeText.excerpt(source), header.count, "--map names a column the header does not have (it has \(listed))"))
        }
        for field in fields where field.required && columns[field.name] == nil {
            problems.append((field.name, header.count, "no column holds \(field.name); add one to the header, or name the column that does with --map \"COLUMN=\(field.name)\""))
        }
    }

    /// A field's cell in a row, with white space around it removed; nil when no column holds
    /// the field or the row ends before it.
    package func cell(_ field: String, in row: CSVRow) -> String? {
        guard let index = columns[field], index < row.fields.count else { return nil }
        return CSVColumns.trimmed(row.fields[index])
    }

    /// A field's cell as it is, white space and all (for titles and names, which the
    /// tracker tidies itself).
    package func rawCell(_ field: String, in row: CSVRow) -> String? {
        guard let index = columns[field], index < row.fields.count else { return nil }
        return row.fields[index]
    }

    /// Whether a column holds the field.
    package func has(_ field: String) -> Bool { columns[field] != nil }

    /// A field's column's place in the row (after every column when none holds it).
    package func position(of field: String) -> Int { columns[field] ?? headers.count }

    /// How messages name a field's column: the header's text for it.
    package func columnName(_ field: String) -> String {
        columns[field].map { headers[$0] } ?? field
    }

    /// Cells with a value in no column that is read or left out on purpose: beyond the
    /// header, or under an empty header cell. Each as (column, its place, message).
    package func strayCells(in row: CSVRow) -> [(column: String, position: Int, message: String)] {
        unnamed.filter { $0 < row.fields.count }.compactMap { index in
            guard !CSVColumns.trimmed(row.fields[index]).isEmpty else { return nil }
            return ("column \(index + 1)", index, "a value in a column with no name in the header; name it, or leave it out with --map")
        }
            + (headers.count..<max(headers.count, row.fields.count)).compactMap { index in
                guard !CSVColumns.trimmed(row.fields[index]).isEmpty else { return nil }
                return ("column \(index + 1)", index, "a value beyond the header's \(headers.count) columns; name the column in the header or remove the value")
            }
    }

    /// A cell without the white space around it (quick for the common cell that has none).
    package static func trimmed(_ cell: String) -> String {
        guard let first = cell.utf8.first, let last = cell.utf8.last else { return cell }
        if first > 32, first < 128, last > 32, last < 128 { return cell }
        let characters = Substring(cell)
        guard let start = characters.firstIndex(where: { !$0.isWhitespace }),
            let end = characters.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(characters[start...end])
    }

    /// A name with case and spacing ignored.
    package static func key(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) })
    }

    /// Parses `--map "Hours=hours,Course=title,Notes="`: header names to field names.
    package static func parseMap(_ text: String?, fields: [Field]) throws(InvalidValue) -> [String: String] {
        guard let text else { return [:] }
        var map: [String: String] = [:]
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let source = parts[0].trimmingCharacters(in: .whitespaces)
            guard parts.count == 2, !source.isEmpty else {
                throw InvalidValue(option: "--map", value: String(pair), expected: "COLUMN=FIELD pairs separated by commas, such as \"Course=title,Hours=hours\"")
            }
            let target = key(String(parts[1]))
            guard target.isEmpty || fields.contains(where: { $0.name == target }) else {
                throw InvalidValue(
                    option: "--map", value: String(pair),
                    complaint: "'\(parts[1])' is not a field of this import; expected one of \(fields.map(\.name).joined(separator: ", ")) (or nothing, to leave the column out)")
            }
            map[source] = target
        }
        return map
    }
}

import Foundation
