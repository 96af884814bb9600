/// Reads CSV as RFC 4180 describes it: fields separated by commas, records by CRLF or LF
/// (a lone CR too), fields in double quotes holding commas, line breaks and doubled
/// quotes. A UTF-8 byte order mark at the start is skipped, and a line break at the end of
/// the file does not make an empty last row. Every row knows the physical line it starts on.
///
/// A malformed row is thrown as a `CSVError`; reading can go on after it with the next row
/// (an unterminated quote runs to the end of the file, so nothing follows it). A field over
/// the cap (`maxFieldBytes`) is refused as it is read, and reading is linear in the input.
public struct CSVReader {
    /// The most bytes one field may hold: 8 KiB, far above a 500-character title.
    public static let maxFieldBytes = 8_192

    private let bytes: [UInt8]
    private let maxFieldBytes: Int
    private var position = 0
    private var line = 1

    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let cr = UInt8(ascii: "\r")
    private static let lf = UInt8(ascii: "\n")

    /// A reader over the bytes of a CSV file, with a cap on one field's bytes.
    public init(_ bytes: [UInt8], maxFieldBytes: Int = CSVReader.maxFieldBytes) {
        self.bytes = bytes
        self.maxFieldBytes = maxFieldBytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// A reader over CSV text.
    public init(text: String) {
        self.init(Array(text.utf8))
    }

    /// Every row, or the first problem.
    public static func rows(_ bytes: [UInt8]) throws(CSVError) -> [CSVRow] {
        var reader = CSVReader(bytes)
        var rows: [CSVRow] = []
        while let row = try reader.next() { rows.append(row) }
        return rows
    }

    /// Every row of CSV text, or the first problem.
    public static func rows(text: String) throws(CSVError) -> [CSVRow] {
        try rows(Array(text.utf8))
    }

    /// The next row; nil at the end of the file. After a thrown error the reader stands at
    /// the row after the bad one.
    public mutating func next() throws(CSVError) -> CSVRow? {
        guard position < bytes.count else { return nil }
        let start = line
        var fields: [String] = []
        var problem: CSVError?
        while true {
            let number = fields.count + 1
            let fieldLine = line
            let raw: ArraySlice<UInt8>
            do throws(CSVError) {
                raw = try field(number: number)
            } catch {
                if error.reason != .unterminatedQuote { skipRestOfLine() }
                throw error
            }
            if let text = CSVReader.text(raw) {
                fields.append(text)
            } else if problem == nil {
                problem = CSVError(.notUTF8, line: fieldLine, field: number)
            }
            guard position < bytes.count, bytes[position] == CSVReader.comma else { break }
            position += 1
        }
        _ = lineBreak()
        if let problem { throw problem }
        return CSVRow(line: start, fields: fields)
    }

    /// Reads one field and leaves the position at the comma, line break or end after it.
    private mutating func field(number: Int) throws(CSVError) -> ArraySlice<UInt8> {
        guard position < bytes.count, bytes[position] == CSVReader.quote else {
            let begin = position
            while position < bytes.count {
                let byte = bytes[position]
                if byte == CSVReader.comma || byte == CSVReader.cr || byte == CSVReader.lf { break }
                if byte == CSVReader.quote { throw CSVError(.strayQuote, line: line, field: number) }
                position += 1
            }
            guard position - begin <= maxFieldBytes else { throw CSVError(.fieldTooLong(limit: maxFieldBytes), line: line, field: number) }
            return bytes[begin..<position]
        }
        let opening = line
        position += 1
        let begin = position
        var text = ArraySlice<UInt8>()
        var segment = position
        while true {
            // Past the cap the field is only stepped over, to its closing quote.
            if position - begin > maxFieldBytes, !text.isEmpty { text = [] }
            guard position < bytes.count else {
                position = bytes.count
                throw CSVError(.unterminatedQuote, line: opening, field: number)
            }
            let byte = bytes[position]
            if byte == CSVReader.quote {
                if position + 1 < bytes.count, bytes[position + 1] == CSVReader.quote {
                    text += bytes[segment...position]
                    position += 2
                    segment = position
                    continue
                }
                // A field with no doubled quotes is a slice of the file, not a copy.
                text = text.isEmpty ? bytes[segment..<position] : text + bytes[segment..<position]
                position += 1
                break
            }
            if !lineBreak() { position += 1 }
        }
        if position - begin - 1 > maxFieldBytes {
            throw CSVError(.fieldTooLong(limit: maxFieldBytes), line: opening, field: number)
        }
        if position < bytes.count {
            let next = bytes[position]
            if next != CSVReader.comma, next != CSVReader.cr, next != CSVReader.lf {
                throw CSVError(.strayQuote, line: line, field: number)
            }
        }
        return text
    }

    /// A field's bytes as text; nil if they are not UTF-8. ASCII, the common case, is
    /// taken as it is.
    private static func text(_ bytes: ArraySlice<UInt8>) -> String? {
        bytes.withUnsafeBufferPointer { buffer in
            buffer.allSatisfy({ $0 < 0x80 }) ? String(decoding: buffer, as: UTF8.self) : String(validating: buffer, as: UTF8.self)
        }
    }

    /// Steps over a line break (CRLF, LF or a lone CR) at the position, counting the line.
    private mutating func lineBreak() -> Bool {
        guard position < bytes.count else { return false }
        switch bytes[position] {
        case CSVReader.lf:
            position += 1
        case CSVReader.cr:
            position += 1
            if position < bytes.count, bytes[position] == CSVReader.lf { position += 1 }
        default:
            return false
        }
        line += 1
        return true
    }

    /// After a stray quote: the rest of the physical line belongs to the bad row.
    private mutating func skipRestOfLine() {
        while position < bytes.count, !lineBreak() { position += 1 }
    }
}
