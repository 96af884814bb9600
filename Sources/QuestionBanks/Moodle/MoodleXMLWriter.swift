import Curriculum
import PeerXML

/// Writes a quiz as a Moodle XML bank that Moodle imports: a category named for the quiz
/// (and one below it per topic), then each question with its answers, weights, feedback,
/// general feedback (the explanation and the source) and tags (see `BankConventions`).
public enum MoodleXMLWriter {
    /// The bank's text.
    public static func text(of quiz: Quiz) throws -> String {
        var writer = XMLStreamWriter(indent: true)
        do {
            try writer.startDocument()
            try writer.start("quiz")
            try category(BankConventions.categoryPath(quiz: quiz), info: quiz.description, idnumber: quiz.id, to: &writer)
            var currentTopic: String?
            for question in quiz.questions {
                let topic = BankConventions.topic(of: question, in: quiz)
                if topic?.id != currentTopic {
                    try category(BankConventions.categoryPath(quiz: quiz, topic: topic), info: nil, idnumber: topic?.id ?? quiz.id, to: &writer)
                    currentTopic = topic?.id
                }
                try write(question, quiz: quiz, to: &writer)
            }
            try writer.finish()
            return String(decoding: try writer.takeBytes(), as: UTF8.self)
        } catch is XMLStreamWriter.UnrepresentableText {
            throw QuestionBankError.unwritable(quiz: quiz.id, reason: "its text holds a character XML cannot carry (a control character)")
        }
    }

    private static func category(_ path: String, info: String?, idnumber: String, to writer: inout XMLStreamWriter) throws {
        try writer.start("question")
        try writer.attribute("type", "category")
        try writer.start("category")
        try writer.element("text", path)
        try writer.end()
        try formatted("info", info.map { [$0] } ?? [], to: &writer)
        try writer.element("idnumber", idnumber)
        try writer.end()
    }

    private static func write(_ question: Question, quiz: Quiz, to writer: inout XMLStreamWriter) throws {
        try writer.start("question")
        let type: String =
            switch question.kind {
            case .singleChoice, .multipleSelect: "multichoice"
            case .trueFalse: "truefalse"
            case .shortAnswer: "shortanswer"
            case .numerical: "numerical"
            case .matching: "matching"
            }
        try writer.attribute("type", type)
        try writer.start("name")
        try writer.element("text", question.id)
        try writer.end()
        try formatted("questiontext", [question.prompt], to: &writer)
        try formatted("generalfeedback", BankConventions.generalFeedback(of: question), to: &writer)
        try writer.element("defaultgrade", "1")
        try writer.element("penalty", "0.3333333")
        try writer.element("hidden", "0")
        try writer.element("idnumber", question.id)
        switch question.kind {
        case .singleChoice(let choices), .multipleSelect(let choices):
            let single = question.kind.name == "single"
            try writer.element("single", single ? "true" : "false")
            try writer.element("shuffleanswers", quiz.shufflesChoices ? "true" : "false")
            try writer.element("answernumbering", "abc")
            let weights = single || question.kind.weighsChoices ? choices.map(\.effectiveWeight) : BankConventions.standInWeights(choices)
            for (choice, weight) in zip(choices, weights) {
                try answer(html(choice.text), weight: weight, feedback: choice.feedback, to: &writer)
            }
        case .trueFalse(let value):
            try answer("true", format: "moodle_auto_format", weight: value ? .full : .zero, feedback: nil, to: &writer)
            try answer("false", format: "moodle_auto_format", weight: value ? .zero : .full, feedback: nil, to: &writer)
        case .shortAnswer(let key):
            try writer.element("usecase", key.caseSensitive ? "1" : "0")
            for accepted in key.answers {
                try answer(accepted.text, format: "moodle_auto_format", weight: accepted.weight, feedback: accepted.feedback, to: &writer)
            }
        case .numerical(let answers):
            for accepted in answers {
                try answer(
                    QuizFileWriter.decimal(accepted.value), format: "moodle_auto_format", weight: accepted.weight, feedback: accepted.feedback,
                    tolerance: QuizFileWriter.decimal(accepted.tolerance), to: &writer)
            }
        case .matching(let matching):
            try writer.element("shuffleanswers", "true")
            for pair in matching.pairs {
                try subquestion(html(pair.item), answer: pair.answer, to: &writer)
            }
            for distractor in matching.distractors {
                try subquestion("", answer: distractor, to: &writer)
            }
        }
        let tags = BankConventions.tags(of: question, in: quiz)
        if !tags.isEmpty {
            try writer.start("tags")
            for tag in tags {
                try writer.start("tag")
                try writer.element("text", tag)
                try writer.end()
            }
            try writer.end()
        }
        try writer.end()
    }

    private static func answer(
        _ text: String, format: String = "html", weight: Weight, feedback: String?, tolerance: String? = nil,
        to writer: inout XMLStreamWriter
    ) throws {
        try writer.start("answer")
        try writer.attribute("fraction", weight.description)
        try writer.attribute("format", format)
        try writer.element("text", text)
        if let tolerance { try writer.element("tolerance", tolerance) }
        try formatted("feedback", feedback.map { [$0] } ?? [], to: &writer)
        try writer.end()
    }

    private static func subquestion(_ item: String, answer: String, to writer: inout XMLStreamWriter) throws {
        try writer.start("subquestion")
        try writer.attribute("format", "html")
        try writer.element("text", item)
        try writer.start("answer")
        try writer.element("text", answer)
        try writer.end()
        try writer.end()
    }

    /// `<name format="html"><text>` with each paragraph as `<p>`.
    private static func formatted(_ name: StaticString, _ paragraphs: [String], to writer: inout XMLStreamWriter) throws {
        try writer.start(name)
        try writer.attribute("format", "html")
        try writer.element("text", paragraphs.map { "<p>\(html($0))</p>" }.joined())
        try writer.end()
    }

    /// Text with HTML's special characters written as references.
    static func html(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
