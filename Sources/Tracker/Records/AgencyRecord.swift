/// The record that set a store up for an agency.
public struct AgencyRecord: Sendable, Equatable {
    public var stamp: RecordStamp
    /// The agency's name.
    public var name: String
    /// The program people are certified in unless stated otherwise.
    public var program: String?

    /// Reads an `agency` record; nil for any other kind.
    public init?(_ record: Record) {
        guard record.kind == .agency, let name = record["name"] else { return nil }
        self.stamp = RecordStamp(record)
        self.name = name
        self.program = record["program"]
    }
}
