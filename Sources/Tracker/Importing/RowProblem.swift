/// Why one field of one imported row cannot be recorded.
public struct RowProblem: Sendable, Equatable, CustomStringConvertible {
    /// The row's line in its file.
    public var line: Int
    /// The field at fault.
    public var field: TrackerError.Field
    /// What is wrong, as the tracker refuses it for a single record.
    public var error: TrackerError

    /// Makes a problem.
    public init(line: Int, field: TrackerError.Field, error: TrackerError) {
        self.line = line
        self.field = field
        self.error = error
    }

    public var description: String { "line \(line): \(field.rawValue): \(error)" }
}
