import PeerTrackCore

/// Training of a person other than CE, such as the supervisor course.
public struct TrainingRecord: Sendable, Equatable {
    public var stamp: RecordStamp
    /// Who completed it.
    public var person: String
    /// The course's title.
    public var course: String
    /// The day it was completed.
    public var date: Day
    /// Its contact hours, if recorded.
    public var hours: Hours?

    /// Reads a `training` record; nil for another kind or one without a real date.
    public init?(_ record: Record) {
        guard record.kind == .training, let person = record["person"], let date = record.day("date") else { return nil }
        self.stamp = RecordStamp(record)
        self.person = person
        self.course = record["course"] ?? ""
        self.date = date
        self.hours = record.hours("hours")
    }
}
