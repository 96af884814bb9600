/// What a person does in the agency.
public enum Role: String, Sendable, CaseIterable {
    case specialist, supervisor, admin
}

/// Someone on the agency's roster.
public struct Person: Sendable, Equatable {
    /// The agency's id for them.
    public var id: String
    public var name: String
    public var role: Role
    /// Their operating-system account, so commands they run know who is acting.
    public var login: String?
    /// The id of the record that added them.
    public var recordID: String
    /// Who supervises them now (the latest assignment), if anyone.
    public var supervisor: String? = nil
}
