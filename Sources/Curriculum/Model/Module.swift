/// A module groups lessons on one subject and names the quiz that tests them.
public struct Module: Sendable, Equatable, Identifiable {
    /// Stable identifier, unique across the curriculum.
    public var id: String
    /// Position in the curriculum (1 first).
    public var order: Int
    /// The module's title.
    public var title: String
    /// A sentence or two on what the module covers.
    public var summary: String
    /// The quiz that tests this module, if any.
    public var quizID: String?
    /// Lessons in reading order.
    public var lessons: [Lesson]

    /// Makes a module.
    public init(id: String, order: Int, title: String, summary: String, quizID: String?, lessons: [Lesson]) {
        self.id = id
        self.order = order
        self.title = title
        self.summary = summary
        self.quizID = quizID
        self.lessons = lessons
    }
}
