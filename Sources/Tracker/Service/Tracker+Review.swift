import Foundation
import PeerTrackCore

extension Tracker {
    /// What the learner answered in review and practice, and the questions noted as having
    /// left review, oldest first.
    public func reviews(of learner: Learner) throws -> [QuestionReview] {
        if learner.isOnRoster { try authorize(.view, subject: learner.id) }
        return try records(about: learner.id).compactMap(QuestionReview.init)
    }

    /// Records what became of questions in review: answered (in review, or missed in a
    /// practice quiz) or left review. One record per question, appended together.
    @discardableResult
    public func recordReviews(
        _ entries: [(quiz: String, version: Int, question: String, event: QuestionReview.Event)], practice: Bool = false,
        for learner: Learner
    ) throws -> [QuestionReview] {
        if learner.isOnRoster { try authorize(.learn, subject: learner.id) }
        guard !entries.isEmpty else { return [] }
        let records = try write(
            entries.map { entry in
                var fields = [
                    ("person", learner.id), ("quiz", entry.quiz), ("version", String(entry.version)), ("question", entry.question),
                    ("event", entry.event.rawValue),
                ]
                if practice { fields.append(("via", "practice")) }
                return (RecordKind.review, fields)
            }, actor: learner.person?.id)
        return try records.map { try typed($0, QuestionReview.init) }
    }

    /// The calendar day, in the store's time zone, of a record time (`YYYY-MM-DDTHH:MM:SSZ`).
    public func day(ofRecordTime time: String) -> Day? {
        Tracker.day(ofRecordTime: time, in: timeZone)
    }

    /// The calendar day in a time zone of a record time (`YYYY-MM-DDTHH:MM:SSZ`).
    public static func day(ofRecordTime time: String, in zone: TimeZone) -> Day? {
        TrackerContext.seconds(time).map { TrackerContext.day(of: Date(timeIntervalSince1970: TimeInterval($0)), in: zone) }
    }
}
