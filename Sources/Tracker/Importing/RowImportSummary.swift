/// What importing rows did.
public struct RowImportSummary: Sendable, Equatable {
    /// Rows recorded now.
    public var added: Int
    /// Rows that were on record already (or that repeat an earlier row of the same file),
    /// so were not recorded again.
    public var present: Int
}
