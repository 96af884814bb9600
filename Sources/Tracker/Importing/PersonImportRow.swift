/// One person as a spreadsheet row states them, for `Tracker.importPeople(_:)`.
public struct PersonImportRow: Sendable, Equatable {
    /// Where the row is in its file (the physical line it starts on), for problems.
    public var line: Int
    /// The agency's id for them.
    public var id: String
    public var name: String
    /// Their role; nil when the cell could not be read as one (the reader reports why; the
    /// rest of the row is still checked and nothing is recorded).
    public var role: Role?
    /// Their operating-system account, if stated.
    public var login: String?

    /// Makes a row.
    public init(line: Int, id: String, name: String, role: Role?, login: String?) {
        self.line = line
        self.id = id
        self.name = name
        self.role = role
        self.login = login
    }
}
