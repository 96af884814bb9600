import Tracker

extension Record {
    /// Whether `other` states the same fact as this record: the same id, kind, time, actor
    /// and fields, whatever their order, leaving out where it was imported from (`origin`)
    /// and, for a roster record, the login (an account at one agency, never exported).
    public func statesSameFact(as other: Record) -> Bool {
        difference(from: other) == nil
    }

    /// What differs between this record (in the store) and `other` (in a transcript), said
    /// for a person to read; nil when they state the same fact.
    func difference(from other: Record) -> String? {
        if kind != other.kind { return "it is a \(kind.rawValue) record here, a \(other.kind.rawValue) record in the transcript" }
        if time != other.time { return "it was recorded at \(time) here, at \(other.time) in the transcript" }
        if actor != other.actor { return "its actor is \(actor ?? "nobody") here, \(other.actor ?? "nobody") in the transcript" }
        let here = comparableFields
        let there = other.comparableFields
        if here.count == there.count, zip(here, there).allSatisfy({ $0.key == $1.key && $0.value == $1.value }) { return nil }
        for key in Set(here.map(\.key) + there.map(\.key)).sorted() {
            let mine = here.filter { $0.key == key }.map(\.value)
            let theirs = there.filter { $0.key == key }.map(\.value)
            if mine != theirs {
                func show(_ values: [String]) -> String { values.isEmpty ? "absent" : values.map { "'\($0)'" }.joined(separator: ", ") }
                return "its \(key) is \(show(mine)) here, \(show(theirs)) in the transcript"
            }
        }
        return "its fields differ"
    }

    private var comparableFields: [(key: String, value: String)] {
        fields.filter { $0.key != "origin" && !(kind == .person && $0.key == "login") }
            .sorted { ($0.key, $0.value) < ($1.key, $1.value) }
    }
}
