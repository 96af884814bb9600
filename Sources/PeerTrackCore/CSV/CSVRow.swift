/// One record of a CSV file: its fields, and the physical line of the file it starts on
/// (1 for the first; a line break inside a quoted field moves later rows down).
public struct CSVRow: Sendable, Equatable {
    /// The physical line the row starts on.
    public var line: Int
    /// The fields, unquoted, in order.
    public var fields: [String]

    /// Makes a row.
    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }

    /// Whether every field is empty (a blank line, or a spreadsheet row of commas).
    public var isBlank: Bool { fields.allSatisfy(\.isEmpty) }
}
