// Named VoidRecord because `Void` is Swift's empty tuple.
/// A correction: the record it names stops counting, and stays on record.
public struct VoidRecord: Sendable, Equatable {
    public var stamp: RecordStamp
    /// Whose record was voided.
    public var person: String
    /// The id of the record voided.
    public var target: String
    /// Why.
    public var reason: String

    /// Reads a `void` record; nil for any other kind.
    public init?(_ record: Record) {
        guard record.kind == .void, let target = record["target"] else { return nil }
        self.stamp = RecordStamp(record)
        self.person = record["person"] ?? ""
        self.target = target
        self.reason = record["reason"] ?? ""
    }
}
