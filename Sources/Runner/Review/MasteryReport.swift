import Curriculum
import Foundation
import PeerTrackCore
import Tracker

/// Mastery per topic across the specialists the acting person may see (a supervisor's own,
/// or everyone for an administrator): counts and means only, weakest topic first.
public struct MasteryReport: Sendable {
    /// One topic across the specialists.
    public struct Topic: Sendable, Equatable {
        /// The topic's id: `rule-N`, `value-N`, or a quiz's topic.
        public let topic: String
        /// What the topic is.
        public let title: String
        /// Specialists who have met at least one of its questions.
        public let people: Int
        /// The mean, over those specialists, of their mean retrievability; nil when none has met it.
        public let retrievability: Double?
        /// Questions met, summed over the specialists.
        public let met: Int
        /// Questions never met, summed over the specialists.
        public let unmet: Int
    }

    /// The day the report is for.
    public let day: Day
    /// Specialists counted.
    public let specialists: Int
    /// Questions due for review today, summed over them.
    public let due: Int
    /// Every topic: the lowest recall first, topics no one has met last.
    public let topics: [Topic]

    /// One specialist's mastery per topic and questions due, derived from their history.
    public typealias PersonMastery = (mastery: [TopicMastery], due: Int)

    /// The report for the specialists the tracker's acting person may see.
    public init(tracker: Tracker, curriculum: Curriculum, on day: Day) throws {
        try tracker.authorize(.report, subject: nil)
        let counted = MasteryReport.counted(by: tracker)
        let zone = tracker.timeZone
        let each = try tracker.mapEveryone { history -> PersonMastery? in
            counted.contains(history.person.id) ? MasteryReport.person(history, curriculum: curriculum, on: day, zone: zone) : nil
        }
        self.init(day: day, people: each.compactMap { $0 })
    }

    /// The report from each specialist's mastery.
    public init(day: Day, people: [PersonMastery]) {
        self.day = day
        self.specialists = people.count
        self.due = people.reduce(0) { $0 + $1.due }
        self.topics = MasteryReport.combine(people.map(\.mastery))
    }

    /// The ids of the specialists a report counts: those the acting person may see.
    public static func counted(by tracker: Tracker) -> Set<String> {
        Set(tracker.visiblePeople.filter { $0.role == .specialist }.map(\.id))
    }

    /// One person's mastery and questions due on a day, from their history.
    public static func person(_ history: PersonHistory, curriculum: Curriculum, on day: Day, zone: TimeZone) -> PersonMastery {
        let deck = ReviewDeck(
            curriculum: curriculum, attempts: history.attempts.compactMap(AttemptSummary.init),
            reviews: history.records.compactMap(QuestionReview.init), dayOf: { Tracker.day(ofRecordTime: $0, in: zone) })
        return (deck.mastery(in: curriculum, on: day), deck.due(on: day).count)
    }

    /// Sums and means topic by topic, in the order of the first list, weakest first.
    static func combine(_ lists: [[TopicMastery]]) -> [Topic] {
        guard let first = lists.first else { return [] }
        let topics = first.enumerated().map { index, topic -> Topic in
            let rows = lists.map { $0[index] }
            let means = rows.compactMap(\.retrievability)
            return Topic(
                topic: topic.topic, title: topic.title, people: means.count,
                retrievability: means.isEmpty ? nil : means.reduce(0, +) / Double(means.count), met: rows.reduce(0) { $0 + $1.met },
                unmet: rows.reduce(0) { $0 + $1.unmet })
        }
        let order = Dictionary(uniqueKeysWithValues: topics.enumerated().map { ($1.topic, $0) })
        return topics.sorted {
            ($0.retrievability ?? 2, order[$0.topic] ?? 0) < ($1.retrievability ?? 2, order[$1.topic] ?? 0)
        }
    }
}
