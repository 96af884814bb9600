/// A lesson read to the end.
public struct LessonRead: Sendable, Equatable {
    public var stamp: RecordStamp
    /// Who read it.
    public var person: String
    /// The module it belongs to.
    public var module: String
    /// The lesson.
    public var lesson: String

    /// Reads a `lesson` record; nil for any other kind.
    public init?(_ record: Record) {
        guard record.kind == .lesson, let person = record["person"], let lesson = record["lesson"] else { return nil }
        self.stamp = RecordStamp(record)
        self.person = person
        self.module = record["module"] ?? ""
        self.lesson = lesson
    }
}
