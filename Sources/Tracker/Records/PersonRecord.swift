/// The record that put someone on the roster.
public struct PersonRecord: Sendable, Equatable {
    public var stamp: RecordStamp
    /// The agency's id for them.
    public var person: String
    public var name: String
    public var role: Role
    /// Their OS account at this agency, if they have one.
    public var login: String?
    /// The agency the record was first imported from, if it was.
    public var origin: String?
    /// Their supervisor when they were added, if named.
    public var supervisor: String?

    /// Reads a `person` record; nil for any other kind.
    public init?(_ record: Record) {
        guard record.kind == .person, let person = record["person"] else { return nil }
        self.stamp = RecordStamp(record)
        self.person = person
        self.name = record["name"] ?? person
        self.role = Role(rawValue: record["role"] ?? "") ?? .specialist
        self.login = record["login"]
        self.origin = record["origin"]
        self.supervisor = record["supervisor"]
    }
}
