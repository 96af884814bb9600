/// Where something was read in a transcript file, so a problem can be pointed at.
public struct SourcePosition: Sendable, Equatable {
    /// The 1-based line.
    public var line: Int
    /// The 1-based column.
    public var column: Int

    /// Makes a position.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
