import Foundation
import Curriculum
import PeerXML

/// Writes a quiz as a PeerTrack quiz file (the format of `Quizzes/*.xml`, schema
/// `quiz.xsd`), ready for `curriculum check`.
public enum QuizFileWriter {
    /// The quiz file's text.
    public static func text(of quiz: Quiz) throws -> String {
        var writer = XMLStreamWriter(indent: true)
        var current: String?
        do {
            try writer.startDocument()
            try writer.start("quiz")
            try writer.attribute("id", quiz.id)
            try writer.attribute("module", quiz.moduleID)
            try writer.attribute("version", String(quiz.version))
            try writer.attribute("passMark", String(quiz.passMark))
            try writer.attribute("draw", quiz.drawCount.map(String.init))
            try writer.attribute("shuffle", quiz.shufflesChoices ? "true" : nil)
            try writer.attribute("ceHours", quiz.ceHours?.description)
            try writer.attribute("ceCategory", quiz.ceCategory)
            try writer.attribute("spread", quiz.spreadsOverTopics ? "topics" : nil)
            try writer.element("title", quiz.title)
            try writer.element("description", quiz.description)
            if !quiz.declaredTopics.isEmpty {
                try writer.start("topics")
                for topic in quiz.declaredTopics {
                    try writer.start("topic")
                    try writer.attribute("id", topic.id)
                    try writer.text(topic.title)
                    try writer.end()
                }
                try writer.end()
            }
            for question in quiz.questions {
                current = question.id
                try write(question, to: &writer)
            }
            try writer.finish()
            return String(decoding: try writer.takeBytes(), as: UTF8.self)
        } catch is XMLStreamWriter.UnrepresentableText {
            throw QuestionBankError.unwritable(
                quiz: quiz.id, reason: "its text holds a character XML cannot carry (a control character)", question: current)
        }
    }

    private static func write(_ question: Question, to writer: inout XMLStreamWriter) throws {
        switch question.kind {
        case .singleChoice: try writer.start("single")
        case .multipleSelect: try writer.start("multiple")
        case .trueFalse: try writer.start("truefalse")
        case .shortAnswer: try writer.start("short")
        case .numerical: try writer.start("numerical")
        case .matching: try writer.start("matching")
        }
        try writer.attribute("id", question.id)
        try writer.attribute("rule", question.rule.map(String.init))
        try writer.attribute("value", question.value.map(String.init))
        try writer.attribute("topic", question.namedTopic)
        if case .shortAnswer(let key) = question.kind, key.caseSensitive { try writer.attribute("usecase", "true") }
        try writer.element("prompt", question.prompt)
        switch question.kind {
        case .singleChoice(let choices), .multipleSelect(let choices):
            for choice in choices {
                try writer.start("choice")
                if let weight = choice.weight {
                    try writer.attribute("weight", weight.description)
                } else if choice.isCorrect {
                    try writer.attribute("correct", "true")
                }
                try writer.attribute("feedback", choice.feedback)
                try writer.text(choice.text)
                try writer.end()
            }
        case .trueFalse(let answer):
            try writer.element("answer", answer ? "true" : "false")
        case .shortAnswer(let key):
            for answer in key.answers {
                try writer.start("accept")
                try writer.attribute("weight", answer.weight == .full ? nil : answer.weight.description)
                try writer.attribute("feedback", answer.feedback)
                try writer.text(answer.text)
                try writer.end()
            }
        case .numerical(let answers):
            for answer in answers {
                try writer.start("answer")
                try writer.attribute("tolerance", answer.tolerance == 0 ? nil : decimal(answer.tolerance))
                try writer.attribute("weight", answer.weight == .full ? nil : answer.weight.description)
                try writer.attribute("feedback", answer.feedback)
                try writer.text(decimal(answer.value))
                try writer.end()
            }
        case .matching(let matching):
            for pair in matching.pairs {
                try writer.start("pair")
                try writer.element("item", pair.item)
                try writer.element("answer", pair.answer)
                try writer.end()
            }
            for distractor in matching.distractors {
                try writer.element("distractor", distractor)
            }
        }
        try writer.element("explanation", question.explanation)
        try writer.start("source")
        try writer.attribute("seed", question.source.seed)
        try writer.attribute("url", question.source.url)
        try writer.text(question.source.title)
        try writer.end()
        try writer.end()
    }

    /// A number as an XML Schema decimal: no exponent.
    static func decimal(_ number: Double) -> String {
        let text = NumericAnswer.text(number)
        guard text.contains("e") || text.contains("E") else { return text }
        var fixed = String(format: "%.15f", number)
        while fixed.hasSuffix("0") { fixed.removeLast() }
        if fixed.hasSuffix(".") { fixed.removeLast() }
        return fixed
    }
}
