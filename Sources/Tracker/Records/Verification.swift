/// A supervisor's verification of a CE record.
public struct Verification: Sendable, Equatable {
    public var stamp: RecordStamp
    /// Whose record was verified.
    public var person: String
    /// The id of the record verified.
    public var target: String

    /// Reads a `verify` record; nil for any other kind.
    public init?(_ record: Record) {
        guard record.kind == .verify, let target = record["target"] else { return nil }
        self.stamp = RecordStamp(record)
        self.person = record["person"] ?? ""
        self.target = target
    }

    /// The supervisor who verified (the acting person, else the account).
    public var supervisor: String { stamp.doneBy }
}
