import Glibc

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
        guard let fields = Fields(record) else { return nil }
        self.stamp = RecordStamp(record)
        (person, name, role, login, origin, supervisor) = (fields.person, fields.name, fields.role, fields.login, fields.origin, fields.supervisor)
    }

    /// A person record's facts, read in one pass over its fields (the first of a repeated
    /// key): the roster folds in every person record at each start.
    struct Fields {
        var person: String
        var name: String
        var role: Role
        var login: String?
        var origin: String?
        var supervisor: String?

        init?(_ record: Record) {
            guard record.kind == .person else { return nil }
            var (person, name, role, login, origin, supervisor): (String?, String?, String?, String?, String?, String?)
            record.forEachField { key, value in
                func first(_ slot: inout String?, _ name: StaticString) {
                    if slot == nil, let base = key.baseAddress, key.count == name.utf8CodeUnitCount, memcmp(base, name.utf8Start, key.count) == 0 {
                        slot = Record.text(value)
                    }
                }
                switch key.count {
                case 4:
                    first(&name, "name")
                    first(&role, "role")
                case 5: first(&login, "login")
                case 6:
                    first(&person, "person")
                    first(&origin, "origin")
                case 10: first(&supervisor, "supervisor")
                default: break
                }
            }
            guard let person else { return nil }
            self.person = person
            self.name = name ?? person
            self.role = Role(rawValue: role ?? "") ?? .specialist
            (self.login, self.origin, self.supervisor) = (login, origin, supervisor)
        }
    }
}
