import Curriculum
import Foundation
import PeerTrackCore
import Tracker

/// Appends a long review history for one learner to a store: `reviews` review records
/// spread over the two years before `today`, across every question of the curriculum, as
/// `peertrack review` writes them. For timing `results` and the start of `review`.
public struct ReviewHistoryGenerator: Sendable {
    /// Whose reviews they are.
    public var person: String
    /// How many review records.
    public var reviews: Int
    /// The day the store is "as of".
    public var today: Day
    /// Seed for the deterministic generator.
    public var seed: UInt64

    /// Makes a generator.
    public init(person: String, reviews: Int, today: Day = StoreGenerator.day(2026, 11, 22), seed: UInt64 = 42) {
        self.person = person
        self.reviews = reviews
        self.today = today
        self.seed = seed
    }

    /// The benchmark's learner: 5,000 reviews by p00042 of the agency store.
    public static let benchmark = ReviewHistoryGenerator(person: "p00042", reviews: 5_000)

    /// Appends the reviews to the store in `directory`, oldest first; returns how many.
    @discardableResult
    public func append(to directory: URL, curriculum: Curriculum) throws -> Int {
        let questions = curriculum.quizzes.flatMap { quiz in quiz.questions.map { (quiz: quiz.id, version: quiz.version, id: $0.id) } }
        guard !questions.isEmpty else { return 0 }
        var random = SplitMix64(seed: seed)
        let first = today.adding(days: -730)
        let events = ["again", "again", "hard", "good", "good", "good", "good", "good", "easy"]
        var records: [Record] = []
        records.reserveCapacity(reviews)
        for index in 0..<reviews {
            // Evenly spread over the two years, a few a day.
            let day = first.adding(days: index * 729 / max(1, reviews))
            let question = questions[Int(random.next() % UInt64(questions.count))]
            let time = "\(day)T\(String(format: "%02d", 12 + index % 8)):\(String(format: "%02d", index % 60)):00Z"
            records.append(Record(
                id: String(format: "%016llx", (UInt64(index) + 1) &* 0xD1B5_4A32_D192_ED03), kind: .review, time: time, account: "bench",
                actor: person,
                fields: [
                    ("person", person), ("quiz", question.quiz), ("version", String(question.version)), ("question", question.id),
                    ("event", events[Int(random.next() % UInt64(events.count))]),
                ]))
        }
        try Journal(directory: directory).append(records)
        return records.count
    }
}
