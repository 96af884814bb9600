/// What a record says happened.
public enum RecordKind: String, Sendable, CaseIterable, Codable {
    /// The store was set up for an agency.
    case agency
    /// A person joined the roster.
    case person
    /// An initial certification award.
    case certify
    /// A recertification.
    case recertify
    /// Continuing-education hours.
    case ce
    /// A correction: the record it names stops counting.
    case void
    /// A supervisor verified a CE record.
    case verify
    /// Training of a person, such as the supervisor course.
    case training
    /// A finished quiz attempt.
    case attempt
    /// A quiz attempt saved part-way, to be resumed.
    case progress
    /// A lesson read to the end.
    case lesson
    /// A transcript was imported from another agency.
    case `import`
}

/// One line of the journal: an immutable fact with who wrote it and when.
public struct Record: Sendable, Equatable {
    /// Unique id (16 hex digits); imported records keep the id they were given.
    public var id: String
    /// What happened.
    public var kind: RecordKind
    /// When it was written, `YYYY-MM-DDTHH:MM:SSZ`.
    public var time: String
    /// The operating-system account that wrote it.
    public var account: String
    /// The roster person acting, if known.
    public var actor: String?
    /// The record's fields in a fixed order.
    public var fields: [(key: String, value: String)]

    /// Makes a record.
    public init(id: String, kind: RecordKind, time: String, account: String, actor: String?, fields: [(String, String)]) {
        self.id = id
        self.kind = kind
        self.time = time
        self.account = account
        self.actor = actor
        self.fields = fields.map { (key: $0.0, value: $0.1) }
    }

    /// The value of a field.
    public subscript(_ key: String) -> String? {
        fields.first { $0.key == key }?.value
    }

    public static func == (lhs: Record, rhs: Record) -> Bool {
        lhs.id == rhs.id && lhs.kind == rhs.kind && lhs.time == rhs.time && lhs.account == rhs.account
            && lhs.actor == rhs.actor && lhs.fields.map(\.key) == rhs.fields.map(\.key)
            && lhs.fields.map(\.value) == rhs.fields.map(\.value)
    }

    /// The same fact with the provenance stripped: for telling whether an imported record
    /// is the one already stored.
    public func sameContent(as other: Record) -> Bool {
        let ignored: Set<String> = ["origin"]
        return id == other.id && kind == other.kind && time == other.time && actor == other.actor
            && fields.filter { !ignored.contains($0.key) }.map { "\($0.key)=\($0.value)" }
                == other.fields.filter { !ignored.contains($0.key) }.map { "\($0.key)=\($0.value)" }
    }
}
