/// The note an import leaves: which file, from whom, and what it added.
public struct ImportNote: Sendable, Equatable {
    public var stamp: RecordStamp
    /// The file imported, as it was named.
    public var file: String
    /// The agency that issued it.
    public var issuer: String
    /// When it was issued.
    public var issued: String
    /// How many people it held, how many records it added, how many were here already.
    public var people: Int
    public var added: Int
    public var present: Int

    /// Reads an `import` record; nil for any other kind.
    public init?(_ record: Record) {
        guard record.kind == .import else { return nil }
        self.stamp = RecordStamp(record)
        self.file = record["file"] ?? ""
        self.issuer = record["issuer"] ?? ""
        self.issued = record["issued"] ?? ""
        self.people = record.int("people") ?? 0
        self.added = record.int("added") ?? 0
        self.present = record.int("present") ?? 0
    }
}
