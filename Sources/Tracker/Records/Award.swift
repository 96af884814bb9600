import PeerTrackCore

/// An initial certification award (also a new award after a lapse).
public struct Award: Sendable, Equatable {
    public var stamp: RecordStamp
    /// Who was certified.
    public var person: String
    /// The day of the award.
    public var date: Day
    /// The program, if the record names one (older records rely on the store's default).
    public var program: String?
    /// The certificate number, if recorded.
    public var number: String?
    /// An add-on designation such as `military`.
    public var designation: String?

    /// Reads a `certify` record; nil for another kind or one without a real date.
    public init?(_ record: Record) {
        guard record.kind == .certify, let person = record["person"], let date = record.day("date") else { return nil }
        self.stamp = RecordStamp(record)
        self.person = person
        self.date = date
        self.program = record["program"]
        self.number = record["number"]
        self.designation = record["designation"]
    }
}
