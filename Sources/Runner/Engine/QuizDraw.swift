import Curriculum
import PeerTrackCore

/// The questions one attempt asks, in order, with their choices in the order shown.
/// The same quiz and seed always give the same draw.
public struct QuizDraw: Sendable, Equatable {
    /// The seed the draw was made from.
    public let seed: UInt64
    /// The questions asked, in order.
    public let questions: [AskedQuestion]

    /// Draws `quiz.drawCount` questions from the pool in a random order (or asks every
    /// question in file order), shuffling choices when the quiz says so. A draw spread over
    /// topics first takes one question from each of min(count, topics) topics, then, as the
    /// places left allow, questions of at least half of the values the pool tests (rounded
    /// up), then fills up from the rest of the pool.
    public init(quiz: Quiz, seed: UInt64) {
        var pool = quiz.questions
        if let count = quiz.drawCount {
            var generator = SplitMix64(seed: seed)
            let shuffled = generator.shuffled(pool)
            pool = quiz.spreadsOverTopics
                ? QuizDraw.spread(shuffled, topics: quiz.topics, values: quiz.values, count: max(count, 0), generator: &generator)
                : Array(shuffled.prefix(max(count, 0)))
        }
        self.seed = seed
        self.questions = pool.map { QuizDraw.present($0, seed: seed, shuffles: quiz.shufflesChoices) }
    }

    /// One question (the first in the shuffled pool) of each of min(count, topics) topics
    /// chosen at random; then, while places are left, one question of each of as many
    /// values (chosen at random among those not yet drawn) as it takes for the draw to test
    /// at least half of `values`; then the rest of the pool in its shuffled order; all
    /// shuffled again so that topics come in no set order.
    static func spread(
        _ shuffled: [Question], topics: [String], values: [Int], count: Int, generator: inout SplitMix64
    ) -> [Question] {
        let chosen = Set(generator.shuffled(topics).prefix(count))
        var covered = Set<String>()
        var first: [Question] = []
        var rest: [Question] = []
        for question in shuffled {
            if first.count < count, let topic = question.topic, chosen.contains(topic), covered.insert(topic).inserted {
                first.append(question)
            } else {
                rest.append(question)
            }
        }
        var testedValues = Set(first.compactMap(\.value))
        let wanted = (values.count + 1) / 2
        if first.count < count, testedValues.count < wanted {
            for value in generator.shuffled(values.filter { !testedValues.contains($0) }) {
                guard first.count < count, testedValues.count < wanted else { break }
                guard let index = rest.firstIndex(where: { $0.value == value }) else { continue }
                first.append(rest.remove(at: index))
                testedValues.insert(value)
            }
        }
        let picked = first + rest.prefix(max(0, count - first.count))
        return generator.shuffled(Array(picked))
    }

    /// Rebuilds a saved draw from its question ids, for resuming.
    public init(quiz: Quiz, seed: UInt64, questionIDs: [String]) throws(RunnerError) {
        var questions: [AskedQuestion] = []
        for id in questionIDs {
            guard let question = quiz.questions.first(where: { $0.id == id }) else {
                throw .unreadableProgress(record: "", reason: "\(quiz.id) has no question '\(id)'")
            }
            questions.append(QuizDraw.present(question, seed: seed, shuffles: quiz.shufflesChoices))
        }
        self.seed = seed
        self.questions = questions
    }

    /// The ids of the questions asked, in order.
    public var questionIDs: [String] {
        questions.map(\.question.id)
    }

    /// A question with its choices in shown order; each question's shuffle depends only on
    /// the seed and its id, so a saved draw can be rebuilt from the ids.
    /// A matching question's answers are always shuffled: in file order they would follow
    /// the items.
    static func present(_ question: Question, seed: UInt64, shuffles: Bool) -> AskedQuestion {
        var positions = Array(question.kind.choices.indices)
        var shuffles = shuffles
        if case .matching(let matching) = question.kind {
            positions = Array(matching.options.indices)
            shuffles = true
        }
        guard shuffles, positions.count > 1 else { return AskedQuestion(question: question, choiceOrder: positions) }
        var generator = SplitMix64(seed: seed ^ SplitMix64.hash(question.id))
        return AskedQuestion(question: question, choiceOrder: generator.shuffled(positions))
    }
}
