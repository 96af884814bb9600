import PeerTrackCore

/// Continuing-education hours someone completed.
public struct CERecord: Sendable, Equatable {
    public var stamp: RecordStamp
    /// Whose hours they are.
    public var person: String
    /// The day of the training.
    public var date: Day
    public var hours: Hours
    /// The course or event.
    public var title: String
    /// The program's category the hours count in (`ethics`, `general`, ...).
    public var category: String
    /// Who gave the training, if recorded.
    public var provider: String?
    /// The quiz attempt that earned the hours, for in-service training earned in PeerTrack.
    public var attempt: String?
    /// For a module completed in PeerTrack: the module's id.
    public var module: String?
    /// For a module completed in PeerTrack: the lessons read, comma-separated ids.
    public var lessons: [String]
    /// The agency the record was first imported from, if it was.
    public var origin: String?

    /// Reads a `ce` record; nil for another kind, or one without a real date or hours.
    public init?(_ record: Record) {
        guard record.kind == .ce, let person = record["person"], let date = record.day("date"), let hours = record.hours("hours") else {
            return nil
        }
        self.stamp = RecordStamp(record)
        self.person = person
        self.date = date
        self.hours = hours
        self.title = record["title"] ?? ""
        self.category = record["category"] ?? ""
        self.provider = record["provider"]
        self.attempt = record["attempt"]
        self.module = record["module"]
        self.lessons = (record["lessons"] ?? "").split(separator: ",").map(String.init)
        self.origin = record["origin"]
    }

    /// The record's id.
    public var id: String { stamp.id }
}
