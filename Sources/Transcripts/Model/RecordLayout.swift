import Tracker

/// How one kind of record's fields map to transcript elements, in the order the tracker
/// writes them. Fields a layout does not name travel as `Extension` elements (PESC's
/// user-defined extensions), so a record survives the round trip whatever it holds.
struct RecordLayout: Sendable {
    /// Where a field's value lives in the transcript.
    enum Source: Sendable {
        /// The enclosing person's id.
        case person
        /// The id of the record this one is nested in (verify and void).
        case target
        /// A child element's text.
        case element(StaticString)
        /// Somewhere particular to the kind (quiz attempts), handled by its own code.
        case custom
    }

    /// A record's named values: a handful of fields, so a list searched in order is faster
    /// than hashing.
    struct Values {
        private var entries: [(key: String, value: String)] = []

        subscript(_ key: String) -> String? {
            get { entries.first { $0.key == key }?.value }
            set {
                if let index = entries.firstIndex(where: { $0.key == key }) {
                    if let newValue { entries[index].value = newValue } else { entries.remove(at: index) }
                } else if let newValue {
                    entries.append((key, newValue))
                }
            }
        }
    }

    /// A record's fields sorted into where they go.
    struct Split {
        /// The first value of each field the layout names.
        var values: Values
        /// Every other field, in record order.
        var extensions: [(key: String, value: String)]
        /// The agency the record was imported from, if it was.
        var origin: String?

        /// The record with the layout's values and origin only (the extensions left out).
        func record(like original: Record, layout: RecordLayout) -> Record {
            Record(
                id: original.id, kind: original.kind, time: original.time, account: original.account, actor: original.actor,
                fields: layout.fields.compactMap { key, _ in values[key].map { (key, $0) } } + (origin.map { [("origin", $0)] } ?? []))
        }
    }

    let fields: [(key: String, source: Source)]
    /// Fields left out of transcripts.
    let omitted: Set<String>
    /// The layout's keys, then `origin`, for looking records up in one pass.
    let keys: RecordKeys
    /// The slot of `origin` in `keys`.
    var originSlot: Int { fields.count }

    /// The slot of a key the layout names, in `keys`.
    func slot(_ key: String) -> Int {
        fields.firstIndex { $0.key == key } ?? originSlot
    }
    /// The fields that become child elements: their slot in `keys`, key and element name.
    let elementSlots: [(slot: Int, key: String, name: StaticString)]

    init(_ fields: [(String, Source)], omitted: Set<String> = []) {
        self.fields = fields.map { (key: $0.0, source: $0.1) }
        self.omitted = omitted
        self.keys = RecordKeys(fields.map(\.0) + ["origin"], ignoring: omitted.sorted())
        self.elementSlots = fields.enumerated().compactMap { slot, field in
            guard case .element(let name) = field.1 else { return nil }
            return (slot, field.0, name)
        }
    }

    /// The roster record; the login is an account at the issuing agency and stays there.
    static let person = RecordLayout([("person", .person), ("name", .element("Name")), ("role", .element("Role"))], omitted: ["login", "supervisor"])
    static let certify = RecordLayout([
        ("person", .person), ("date", .element("Date")), ("program", .element("Program")), ("number", .element("Number")),
        ("designation", .element("Designation")),
    ])
    static let recertify = RecordLayout([("person", .person), ("date", .element("Date"))])
    static let ce = RecordLayout([
        ("person", .person), ("date", .element("Date")), ("hours", .element("Hours")), ("title", .element("Title")),
        ("category", .element("Category")), ("provider", .element("Provider")), ("attempt", .element("Attempt")),
    ])
    static let training = RecordLayout([("person", .person), ("course", .element("Title")), ("date", .element("Date")), ("hours", .element("Hours"))])
    /// An approved course that meets a certification requirement.
    static let course = RecordLayout([
        ("person", .person), ("item", .element("Item")), ("title", .element("Title")), ("date", .element("Date")),
        ("hours", .element("Hours")), ("provider", .element("Provider")),
    ])
    /// A fact attested for a certification requirement.
    static let attestation = RecordLayout([("person", .person), ("item", .element("Item")), ("date", .element("Date")), ("by", .element("AttestedBy"))])
    /// A document received for a certification requirement: its file by hash, never its bytes.
    static let document = RecordLayout([
        ("person", .person), ("item", .element("Item")), ("date", .element("Date")), ("from", .element("From")),
        ("sha256", .element("SHA256")), ("name", .element("FileName")), ("size", .element("Size")),
    ])
    /// The layout and element name of a record that meets a requirement.
    static func requirement(_ kind: RecordKind) -> (layout: RecordLayout, element: StaticString)? {
        switch kind {
        case .course: (.course, "Course")
        case .attestation: (.attestation, "Attestation")
        case .document: (.document, "Document")
        default: nil
        }
    }
    static let void = RecordLayout([("target", .target), ("person", .person), ("reason", .element("Reason"))])
    static let verify = RecordLayout([("target", .target), ("person", .person)])
    /// A file attached as evidence: its hash, name and size only, never its bytes.
    static let evidence = RecordLayout([
        ("target", .target), ("person", .person), ("sha256", .element("SHA256")), ("name", .element("FileName")), ("size", .element("Size")),
    ])
    static let attempt = RecordLayout([
        ("person", .person), ("quiz", .custom), ("version", .custom), ("seed", .custom), ("questions", .custom), ("answers", .custom),
        ("correct", .custom), ("asked", .custom), ("score", .custom), ("passed", .custom), ("started", .custom), ("ended", .custom),
    ])

    /// Sorts a record's fields.
    func split(_ record: Record) -> Split {
        var split = Split(values: Values(), extensions: [], origin: nil)
        for (key, value) in record.fields where !omitted.contains(key) {
            if key == "origin", split.origin == nil {
                split.origin = value
            } else if fields.contains(where: { $0.key == key }), split.values[key] == nil {
                split.values[key] = value
            } else {
                split.extensions.append((key, value))
            }
        }
        return split
    }

    /// Puts fields back together in the layout's order, then the extensions, then the origin.
    /// Omitted fields stay out even when a transcript carries them as extensions (a login
    /// from a file must never decide who is acting here).
    func fields(
        person: String, target: String?, value: (String, Source) -> String?, extensions: [(key: String, value: String)], origin: String?
    ) -> [(String, String)] {
        var result: [(String, String)] = []
        for (key, source) in fields {
            switch source {
            case .person: result.append((key, person))
            case .target: if let target { result.append((key, target)) }
            case .element, .custom: if let found = value(key, source) { result.append((key, found)) }
            }
        }
        result += extensions.filter { !omitted.contains($0.key) }.map { ($0.key, $0.value) }
        if let origin { result.append(("origin", origin)) }
        return result
    }
}
