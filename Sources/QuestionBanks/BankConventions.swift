import Foundation
import Curriculum

/// How a PeerTrack quiz travels in formats that have no place for some of its parts, so
/// that exporting and importing again gives the same quiz: the question id as the name
/// (and Moodle's `idnumber`), the rule and value of the Code of Ethics as tags, the source
/// as the last paragraph of the general feedback, topics as subcategories.
enum BankConventions {
    /// Marks a multiple-select question scored by the share of its choices decided rightly
    /// (PeerTrack's rule without weights); the weights written beside it are Moodle's
    /// nearest equivalent.
    static let eachChoiceCountsTag = "peertrack-each-choice-counts"
    /// Marks a short answer whose letter case counts, for GIFT, which has no place for it.
    static let caseSensitiveTag = "peertrack-case-sensitive"
    /// What the explanation of an imported question says when the bank has none.
    static let missingExplanation = "No explanation was given in the imported bank."

    /// The tags of a question: `rule-N`, `value-N`, `topic-ID` (for GIFT, whose categories
    /// carry no id) and the markers above.
    static func tags(of question: Question, in quiz: Quiz) -> [String] {
        var tags: [String] = []
        if let rule = question.rule { tags.append("rule-\(rule)") }
        if let value = question.value { tags.append("value-\(value)") }
        if let topic = topic(of: question, in: quiz) { tags.append("topic-\(topic.id)") }
        if case .multipleSelect = question.kind, !question.kind.weighsChoices { tags.append(eachChoiceCountsTag) }
        if case .shortAnswer(let key) = question.kind, key.caseSensitive { tags.append(caseSensitiveTag) }
        return tags
    }

    /// The id in a `topic-ID` tag.
    static func topicID(in tags: [String]) -> String? {
        tags.lazy.compactMap { $0.hasPrefix("topic-") ? QuizBuilder.validID(String($0.dropFirst(6))) : nil }.first
    }

    /// The number in a `rule-N` or `value-N` tag.
    static func number(in tags: [String], prefix: String) -> Int? {
        tags.lazy.compactMap { tag -> Int? in
            guard tag.lowercased().hasPrefix(prefix + "-"), let number = Int(tag.dropFirst(prefix.count + 1)), number > 0 else { return nil }
            return number
        }.first
    }

    /// The feedback a bank gives for any number a numerical question does not accept
    /// (Moodle's `*` answer), as a sentence of the explanation.
    static func otherNumberFeedback(_ feedback: String) -> String {
        "If you gave another number: \(feedback)"
    }

    /// The general feedback of an exported question: the explanation, then the source.
    static func generalFeedback(of question: Question) -> [String] {
        [question.explanation, "Source: " + question.source.citation]
    }

    /// The weights that stand in for PeerTrack's rule without weights: right choices share
    /// 100%, wrong ones share -100%, each rounded to the nearest Moodle grade.
    static func standInWeights(_ choices: [Choice]) -> [Weight] {
        let right = choices.filter(\.isCorrect).count
        let wrong = choices.count - right
        return choices.map { choice in
            choice.isCorrect
                ? Weight.nearestMoodleGrade(to: 100 / Double(max(right, 1)))
                : Weight.nearestMoodleGrade(to: -100 / Double(max(wrong, 1)))
        }
    }

    /// The category path of a quiz, and of one of its topics.
    static func categoryPath(quiz: Quiz, topic: QuizTopic? = nil) -> String {
        let parts = ["$course$", "top", quiz.title] + (topic.map { [$0.title] } ?? [])
        return parts.map { $0.replacingOccurrences(of: "/", with: "//") }.joined(separator: "/")
    }

    /// The topic of a question that its category stands for, if any: a declared topic, or
    /// a topic the question names itself.
    static func topic(of question: Question, in quiz: Quiz) -> QuizTopic? {
        if let named = question.namedTopic {
            return quiz.declaredTopics.first { $0.id == named } ?? QuizTopic(id: named, title: named)
        }
        if let topic = question.topic { return quiz.declaredTopics.first { $0.id == topic } }
        return nil
    }

    /// `$course$/top/Ethics//law/Rule 1` as `["Ethics/law", "Rule 1"]`: the context and
    /// `top` dropped, `//` kept as a slash within a name.
    static func categoryParts(_ path: String) -> [String] {
        let marker = "\u{0}"
        let parts = path.replacingOccurrences(of: "//", with: marker).split(separator: "/").map {
            $0.replacingOccurrences(of: marker, with: "/").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }.filter { !$0.isEmpty }
        var rest = parts[...]
        if let first = rest.first, first.hasPrefix("$"), first.hasSuffix("$") { rest = rest.dropFirst() }
        if rest.first == "top" { rest = rest.dropFirst() }
        return Array(rest)
    }
}
