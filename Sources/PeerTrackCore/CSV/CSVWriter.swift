/// Writes CSV that opens cleanly in a spreadsheet: RFC 4180 fields, quoted when they hold
/// a comma, a quote or a line break (a quote doubled), and rows ended with CRLF.
///
/// It also guards against formula injection: a cell that starts with `=`, `+`, `-` or `@`
/// (or a tab or carriage return, which some spreadsheets skip before one) is written with
/// a leading `'`, so a title such as `=HYPERLINK(...)` is shown as text, never run. A
/// negative number (`-3`, `-0.5`) is left as it is: it is a number, not a formula.
public struct CSVWriter: Sendable {
    /// What has been written so far.
    public private(set) var bytes: [UInt8] = []
    private var atRowStart = true

    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let apostrophe = UInt8(ascii: "'")

    /// An empty writer.
    public init() {}

    /// The text written so far.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Hands over what has been written so far and starts afresh (for writing in pieces).
    public mutating func take() -> [UInt8] {
        defer { bytes = [] }
        return bytes
    }

    /// Writes one cell of the current row.
    public mutating func append(_ cell: String) {
        var cell = cell
        cell.withUTF8 { append(utf8: UnsafeRawBufferPointer($0)) }
    }

    /// Writes one cell of the current row from its UTF-8 bytes.
    public mutating func append(utf8 cell: UnsafeRawBufferPointer) {
        if !atRowStart { bytes.append(CSVWriter.comma) }
        atRowStart = false
        let guarded = (cell.first.map(CSVWriter.startsFormula) ?? false) && !CSVWriter.isNegativeNumber(cell)
        let quoted = cell.contains { $0 == CSVWriter.quote || $0 == CSVWriter.comma || $0 == 13 || $0 == 10 }
        if quoted { bytes.append(CSVWriter.quote) }
        if guarded { bytes.append(CSVWriter.apostrophe) }
        if quoted {
            for byte in cell {
                bytes.append(byte)
                if byte == CSVWriter.quote { bytes.append(CSVWriter.quote) }
            }
            bytes.append(CSVWriter.quote)
        } else {
            bytes.append(contentsOf: cell)
        }
    }

    /// Ends the current row with CRLF.
    public mutating func endRow() {
        bytes += [13, 10]
        atRowStart = true
    }

    /// Writes a whole row.
    public mutating func appendRow(_ cells: [String]) {
        for cell in cells { append(cell) }
        endRow()
    }

    /// One row as CSV text, CRLF included.
    public static func row(_ cells: [String]) -> String {
        var writer = CSVWriter()
        writer.appendRow(cells)
        return writer.text
    }

    /// Whether a cell is `-` and digits, with at most one decimal point between digits.
    static func isNegativeNumber(_ cell: UnsafeRawBufferPointer) -> Bool {
        guard cell.count >= 2, cell[0] == UInt8(ascii: "-") else { return false }
        var digits = 0
        var point = false
        for (index, byte) in cell.dropFirst().enumerated() {
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                digits += 1
            } else if byte == UInt8(ascii: "."), !point, digits > 0, index < cell.count - 2 {
                point = true
            } else {
                return false
            }
        }
        return digits > 0
    }

    /// Whether a cell starting with this byte would be read by a spreadsheet as a formula.
    static func startsFormula(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 9, 13: true
        default: false
        }
    }
}
