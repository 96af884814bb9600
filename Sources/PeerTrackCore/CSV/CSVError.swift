/// Why part of a CSV file could not be read: what is wrong, on which physical line and in
/// which field of its row.
public struct CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong.
    public enum Reason: Sendable, Equatable {
        /// A quoted field is not closed before the end of the file.
        case unterminatedQuote
        /// A `"` inside an unquoted field, or text after a quoted field's closing quote.
        case strayQuote
        /// The bytes of a field are not UTF-8 text.
        case notUTF8
        /// A field is longer than the reader's cap, in bytes.
        case fieldTooLong(limit: Int)
    }

    /// What is wrong.
    public var reason: Reason
    /// The physical line of the problem (for an unterminated quote, where the quote opens).
    public var line: Int
    /// The field's position in its row, 1 for the first.
    public var field: Int

    /// Makes an error.
    public init(_ reason: Reason, line: Int, field: Int) {
        self.reason = reason
        self.line = line
        self.field = field
    }

    /// What is wrong and how to put it right, without the place.
    public var message: String {
        switch reason {
        case .unterminatedQuote:
            "a quote opens here and is never closed; close it with \" (a \" inside a quoted field is written \"\")"
        case .strayQuote:
            "a stray \"; quote the whole field and write each \" inside it as \"\""
        case .notUTF8:
            "not UTF-8 text; save the sheet as \"CSV UTF-8\""
        case .fieldTooLong(let limit):
            "the cell is longer than \(limit) bytes, the most a cell may hold"
        }
    }

    public var description: String { "line \(line), field \(field): \(message)" }
}
