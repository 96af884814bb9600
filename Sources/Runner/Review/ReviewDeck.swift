import Curriculum
import PeerTrackCore
import SpacedRepetition
import Tracker

/// Every question a learner has met, with its memory state: derived from their finished
/// quiz attempts and review records whenever it is needed, never stored. Only answers
/// given to the quiz version the curriculum has now count; a question missed in an older
/// version, or no longer in the curriculum, has left review.
public struct ReviewDeck: Sendable {
    /// The questions met in the current curriculum, in curriculum order.
    public let cards: [ReviewCard]
    /// Questions that left review and have not yet been noted as having left it.
    public let leaving: [LeftReview]
    /// Answers given in review on each day (for the day's limit).
    let reviewedOn: [Day: Int]

    /// One answer to one question.
    private struct Key: Hashable {
        let quiz: String
        let version: Int
        let question: String
    }
    private struct Event {
        let time: String
        let grade: Grade
    }

    /// Derives the deck. `dayOf` gives the program's day of a record time.
    public init(
        curriculum: Curriculum, attempts: [AttemptSummary], reviews: [QuestionReview], dayOf: (String) -> Day?, fsrs: FSRS = .standard
    ) {
        var events: [Key: [Event]] = [:]
        var noted = Set<Key>()
        var reviewedOn: [Day: Int] = [:]
        let quizzes = Dictionary(curriculum.quizzes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func question(_ quiz: String, _ id: String) -> Question? {
            quizzes[quiz]?.questions.first { $0.id == id }
        }
        for attempt in attempts {
            for (id, text) in zip(attempt.questionIDs, attempt.answers) {
                // An answer to an older version is scored against the question of that id now,
                // only to tell whether it was missed; it no longer schedules anything.
                guard let question = question(attempt.quizID, id) else { continue }
                let answer = AnswerCoding.decode(text, for: question)
                let right = answer?.isCorrect(for: question) ?? false
                events[Key(quiz: attempt.quizID, version: attempt.version, question: id), default: []]
                    .append(Event(time: attempt.ended, grade: right ? .good : .again))
            }
        }
        for review in reviews {
            let key = Key(quiz: review.quiz, version: review.version, question: review.question)
            switch review.event {
            case .changed, .removed:
                noted.insert(key)
            case .again, .hard, .good, .easy:
                events[key, default: []].append(Event(time: review.stamp.time, grade: ReviewDeck.grade(review.event)))
                if !review.practice, let day = dayOf(review.stamp.time) { reviewedOn[day, default: 0] += 1 }
            }
        }
        var cards: [ReviewCard] = []
        for quiz in curriculum.quizzes {
            for question in quiz.questions {
                guard var list = events[Key(quiz: quiz.id, version: quiz.version, question: question.id)] else { continue }
                list.sort { $0.time < $1.time }
                let history = list.compactMap { event in dayOf(event.time).map { (day: $0, grade: event.grade) } }
                guard let state = fsrs.state(after: history) else { continue }
                cards.append(ReviewCard(quiz: quiz, question: question, state: state, inReview: list.contains { $0.grade == .again }))
            }
        }
        self.cards = cards
        self.leaving = events.compactMap { key, list -> LeftReview? in
            let removed = question(key.quiz, key.question) == nil
            guard removed || quizzes[key.quiz]?.version != key.version, list.contains(where: { $0.grade == .again }), !noted.contains(key)
            else { return nil }
            return LeftReview(quiz: key.quiz, version: key.version, question: key.question, removed: removed)
        }.sorted { ($0.quiz, $0.question, $0.version) < ($1.quiz, $1.question, $1.version) }
        self.reviewedOn = reviewedOn
    }

    /// The FSRS grade of an answer recorded in review.
    static func grade(_ event: QuestionReview.Event) -> Grade {
        switch event {
        case .again, .changed, .removed: .again
        case .hard: .hard
        case .good: .good
        case .easy: .easy
        }
    }

    /// The questions in review due on `day` (of one quiz, if given): the most overdue
    /// first, then the least likely to be recalled.
    public func due(on day: Day, quiz: String? = nil, fsrs: FSRS = .standard) -> [ReviewCard] {
        // Ties keep the curriculum's order.
        cards.enumerated().filter { $0.element.inReview && $0.element.state.due <= day && (quiz == nil || $0.element.quiz.id == quiz) }
            .map { (card: $0.element, recall: fsrs.retrievability(of: $0.element.state, on: day), order: $0.offset) }
            .sorted { ($0.card.state.due, $0.recall, $0.order) < ($1.card.state.due, $1.recall, $1.order) }
            .map(\.card)
    }

    /// The first day a question in review is due, not before `day`; nil when none is in review.
    public func nextDue(from day: Day) -> Day? {
        cards.filter(\.inReview).map { max($0.state.due, day) }.min()
    }

    /// How many answers were given in review on `day`.
    public func reviewed(on day: Day) -> Int {
        reviewedOn[day] ?? 0
    }
}
