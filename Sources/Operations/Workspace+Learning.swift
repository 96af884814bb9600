import Curriculum
import Foundation
import PeerTrackCore
import Runner
import SpacedRepetition
import Tracker

/// A learner's quiz results: attempts, best scores, attempts saved part-way, and what
/// review and mastery come to today.
package struct LearnerResults {
    package var learner: Learner
    package var progress: LearnerProgress
    /// Every quiz of the curriculum, then any other quiz the learner attempted.
    package var quizIDs: [String]
    package var saved: [SavedProgress]
    package var today: Day
    package var deck: ReviewDeck?
    package var mastery: [TopicMastery]
}

extension Workspace {
    /// A coach for the learner `as` names (or this account's) at `terminal`. The store is
    /// opened for each read or write, never held while someone reads or answers.
    package func coach(as id: String?, terminal: Terminal) throws -> Coach {
        let curriculum = try loadCurriculum()
        let learner = try openTracker().learner(as: id)
        // Each open reads the roster, then this learner's records when they are asked for.
        let workspace = self
        return Coach(
            curriculum: curriculum, learner: learner, terminal: terminal, openStore: { try workspace.openTracker() },
            makeSeed: { UInt64.random(in: 1...999_999) })
    }

    /// The quiz results of a person (or an account of a personal store that took quizzes
    /// without being on the roster), else of the acting learner.
    package func results(person id: String?) throws -> LearnerResults {
        let tracker = try openTracker()
        let learner: Learner
        if let id, (try? tracker.person(id)) == nil {
            learner = Learner(id: id, person: nil, source: .account)
            guard try !tracker.learning(of: learner).attempts.isEmpty else { throw TrackerError.unknownPerson(id) }
        } else {
            learner = try tracker.learner(as: id)
        }
        let log = LearningLog(tracker: tracker, learner: learner)
        let progress = try log.progress()
        let curriculum = try? loadCurriculum()
        let today = tracker.today
        let deck = try curriculum.map { try log.reviewDeck($0) }
        let mastery = curriculum.flatMap { curriculum in deck?.mastery(in: curriculum, on: today) } ?? []
        var quizIDs = (curriculum?.quizzes ?? []).map(\.id)
        for attempt in progress.attempts where !quizIDs.contains(attempt.quizID) { quizIDs.append(attempt.quizID) }
        return LearnerResults(
            learner: learner, progress: progress, quizIDs: quizIDs, saved: quizIDs.compactMap { progress.resumable($0) }, today: today,
            deck: deck, mastery: mastery)
    }

    /// The weakest topics across the specialists the acting person may see, today.
    package func masteryReport() throws -> MasteryReport {
        let tracker = try openTracker()
        return try MasteryReport(tracker: tracker, curriculum: try loadCurriculum(), on: tracker.today)
    }
}
