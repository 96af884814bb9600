import PeerTrackCore

/// What every record carries besides its facts: its id, when it was written, the OS
/// account that wrote it and the roster person acting, if known.
public struct RecordStamp: Sendable, Equatable {
    /// Unique id (16 hex digits); imported records keep the id they were given.
    public var id: String
    /// When it was written, `YYYY-MM-DDTHH:MM:SSZ` (UTC).
    public var time: String
    /// The operating-system account that wrote it.
    public var account: String
    /// The roster person acting, if known.
    public var actor: String?

    /// The stamp of a record.
    public init(_ record: Record) {
        self.id = record.id
        self.time = record.time
        self.account = record.account
        self.actor = record.actor
    }

    /// Who did it: the acting person, else the account.
    public var doneBy: String { actor ?? account }
}

extension Record {
    /// A field's value as a calendar day, if it has one that is a real date.
    func day(_ key: String) -> Day? {
        withBytes(of: key) { $0.flatMap(Day.init(utf8:)) }
    }

    /// A field's value as hours, if it has one of that form.
    func hours(_ key: String) -> Hours? {
        withBytes(of: key) { $0.flatMap(Hours.init(utf8:)) }
    }

    /// A field's value as a whole number.
    func int(_ key: String) -> Int? {
        self[key].flatMap { Int($0) }
    }
}

extension Record {
    /// The person a record is about (the `person` field every record but `agency` and
    /// `import` has).
    public var person: String? { self["person"] }
}
