/// How well a learner knows one topic now (a rule or value of the code, or a quiz's topic):
/// the mean recall FSRS expects today over the topic's questions they have met.
public struct TopicMastery: Sendable, Equatable {
    /// The topic's id: `rule-N`, `value-N`, or the id a quiz declares.
    public let topic: String
    /// What the topic is, for people.
    public let title: String
    /// The mean retrievability, 0 to 1, of the questions met; nil when none is met.
    public let retrievability: Double?
    /// Questions of the topic the learner has answered.
    public let met: Int
    /// Questions of the topic the learner has never answered.
    public let unmet: Int

    /// Makes a topic's mastery.
    public init(topic: String, title: String, retrievability: Double?, met: Int, unmet: Int) {
        self.topic = topic
        self.title = title
        self.retrievability = retrievability
        self.met = met
        self.unmet = unmet
    }
}
