/// What the dashboard shows of learning: the weakest topics across the specialists, as
/// counts and means only.
public struct MasteryContent: Sendable, Equatable {
    /// One topic across the specialists.
    public struct Topic: Sendable, Equatable {
        /// The topic's id (`rule-N`, `value-N`, or a quiz's topic).
        public var id: String
        /// What the topic is.
        public var title: String
        /// The mean recall now, 0 to 1, over the specialists who met it.
        public var retrievability: Double
        /// Specialists who met it.
        public var people: Int
        /// Questions never met, summed over the specialists.
        public var unmet: Int

        /// Makes a topic's line.
        public init(id: String, title: String, retrievability: Double, people: Int, unmet: Int) {
            self.id = id
            self.title = title
            self.retrievability = retrievability
            self.people = people
            self.unmet = unmet
        }
    }

    /// Specialists counted.
    public var specialists: Int
    /// Questions due for review today across them.
    public var due: Int
    /// The weakest topics met, weakest first (a few).
    public var weakest: [Topic]
    /// Topics met beyond those shown.
    public var more: Int

    /// Makes the section's content.
    public init(specialists: Int, due: Int, weakest: [Topic], more: Int) {
        self.specialists = specialists
        self.due = due
        self.weakest = weakest
        self.more = more
    }
}
