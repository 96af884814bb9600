import PeerTrackCore

/// An approved initial training course completed (NC: the 40-hour course), dated as its
/// completion certificate is: the application's deadline runs from that date.
public struct CourseRecord: Sendable, Equatable {
    public var stamp: RecordStamp
    /// Who completed it.
    public var person: String
    /// The requirement it meets (`initial-training`).
    public var item: String
    /// The course's title.
    public var title: String
    /// The date on the course completion certificate.
    public var date: Day
    /// Its contact hours.
    public var hours: Hours
    /// Who gave it, if recorded.
    public var provider: String?

    /// Reads a `course` record; nil for another kind or one without a real date or hours.
    public init?(_ record: Record) {
        guard record.kind == .course, let person = record["person"], let item = record["item"], let date = record.day("date"),
            let hours = record.hours("hours")
        else { return nil }
        self.stamp = RecordStamp(record)
        self.person = person
        self.item = item
        self.title = record["title"] ?? ""
        self.date = date
        self.hours = hours
        self.provider = record["provider"]
    }
}
