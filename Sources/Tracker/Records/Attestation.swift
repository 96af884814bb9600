import PeerTrackCore

/// A fact attested for a certification step ("18 or older", "signed the Code of
/// Ethics"): on which day and by whom.
public struct Attestation: Sendable, Equatable {
    public var stamp: RecordStamp
    /// Whom it is about.
    public var person: String
    /// The requirement it meets (`age`, `code-of-ethics`).
    public var item: String
    /// The day it was attested.
    public var date: Day
    /// Who attested it (the person themself, or whoever saw the proof).
    public var attestedBy: String

    /// Reads an `attestation` record; nil for another kind or one without a real date.
    public init?(_ record: Record) {
        guard record.kind == .attestation, let person = record["person"], let item = record["item"], let date = record.day("date") else {
            return nil
        }
        self.stamp = RecordStamp(record)
        self.person = person
        self.item = item
        self.date = date
        self.attestedBy = record["by"] ?? RecordStamp(record).doneBy
    }
}
