/// A piece of lesson text, in reading order.
public enum Block: Sendable, Equatable {
    case heading(String)
    case paragraph(String)
    case list([String], ordered: Bool)
    case keyPoint(String)
}

/// One lesson: a title, structured text, and the sources it is written from.
public struct Lesson: Sendable, Equatable, Identifiable {
    /// Stable identifier, unique across the curriculum.
    public var id: String
    /// The lesson's title.
    public var title: String
    /// The text, in reading order.
    public var blocks: [Block]
    /// The documents the lesson draws on.
    public var sources: [Source]

    /// Makes a lesson.
    public init(id: String, title: String, blocks: [Block], sources: [Source]) {
        self.id = id
        self.title = title
        self.blocks = blocks
        self.sources = sources
    }
}
