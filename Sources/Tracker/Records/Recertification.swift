import PeerTrackCore

/// A renewal of a certification.
public struct Recertification: Sendable, Equatable {
    public var stamp: RecordStamp
    /// Who renewed.
    public var person: String
    /// The day of the renewal.
    public var date: Day

    /// Reads a `recertify` record; nil for another kind or one without a real date.
    public init?(_ record: Record) {
        guard record.kind == .recertify, let person = record["person"], let date = record.day("date") else { return nil }
        self.stamp = RecordStamp(record)
        self.person = person
        self.date = date
    }
}
