import Curriculum
import PeerTrackCore
import SpacedRepetition

extension ReviewDeck {
    /// Mastery of every topic of the curriculum on `day`, in the order topics first appear.
    public func mastery(in curriculum: Curriculum, on day: Day, fsrs: FSRS = .standard) -> [TopicMastery] {
        var recall: [String: Double] = [:]
        for card in cards { recall[card.quiz.id + "\t" + card.question.id] = fsrs.retrievability(of: card.state, on: day) }
        var order: [String] = []
        var titles: [String: String] = [:]
        var met: [String: [Double]] = [:]
        var unmet: [String: Int] = [:]
        for quiz in curriculum.quizzes {
            for question in quiz.questions {
                for topic in question.masteryTopics {
                    if titles[topic] == nil {
                        order.append(topic)
                        titles[topic] = ReviewDeck.title(of: topic, in: quiz)
                    }
                    if let value = recall[quiz.id + "\t" + question.id] {
                        met[topic, default: []].append(value)
                    } else {
                        unmet[topic, default: 0] += 1
                    }
                }
            }
        }
        // A title a quiz declares wins over the code's plain name.
        for quiz in curriculum.quizzes {
            for declared in quiz.declaredTopics where titles[declared.id] != nil { titles[declared.id] = declared.title }
        }
        return ReviewDeck.codeOrder(order).map { topic in
            let values = met[topic] ?? []
            return TopicMastery(
                topic: topic, title: titles[topic] ?? topic, retrievability: values.isEmpty ? nil : values.reduce(0, +) / Double(values.count),
                met: values.count, unmet: unmet[topic] ?? 0)
        }
    }

    /// Rules of conduct by number, then values by number, then other topics as they come.
    static func codeOrder(_ topics: [String]) -> [String] {
        func rank(_ topic: String) -> (Int, Int) {
            if topic.hasPrefix("rule-"), let number = Int(topic.dropFirst(5)) { return (0, number) }
            if topic.hasPrefix("value-"), let number = Int(topic.dropFirst(6)) { return (1, number) }
            return (2, 0)
        }
        return topics.enumerated().sorted { (rank($0.element).0, rank($0.element).1, $0.offset) < (rank($1.element).0, rank($1.element).1, $1.offset) }.map(\.element)
    }

    /// A topic's title: the quiz's declared one, else the rule or value of the code it names.
    static func title(of topic: String, in quiz: Quiz) -> String {
        if let declared = quiz.declaredTopics.first(where: { $0.id == topic }) { return declared.title }
        if topic.hasPrefix("rule-") { return "Code of Ethics, rule of conduct \(topic.dropFirst(5))" }
        if topic.hasPrefix("value-") { return "Code of Ethics, value \(topic.dropFirst(6))" }
        return topic
    }
}

extension Question {
    /// The topics a question counts toward for mastery: its named topic, its rule of
    /// conduct (`rule-N`) and its value of the code (`value-N`).
    var masteryTopics: [String] {
        var topics: [String] = []
        for topic in [namedTopic, rule.map { "rule-\($0)" }, value.map { "value-\($0)" }] {
            if let topic, !topics.contains(topic) { topics.append(topic) }
        }
        return topics
    }
}
