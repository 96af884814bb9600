import Curriculum
import Foundation
import PeerXML

/// Reads a Moodle XML bank (`<quiz><question type="...">`) safely, as every PeerTrack XML
/// file is read (no DOCTYPE, no entities, capped in size and depth), into bank entries.
/// Every invalid weight or broken question is collected with its line.
struct MoodleXMLReader {
    let file: String
    var problems: [BankDiagnostic] = []

    init(file: String) {
        self.file = file
    }

    static let reader = SafeXMLReader(maxBytes: QuestionBankFormat.moodle.maxBytes, maxDepth: 32)

    mutating func read(_ data: Data) throws -> [BankEntry] {
        let root: PeerXML.XMLElement
        do {
            root = try MoodleXMLReader.reader.parse(data, name: file)
        } catch let error as XMLDocumentError {
            throw QuestionBankError.invalid(error.diagnostics.map { BankDiagnostic(file: $0.file, line: $0.line, message: $0.message) })
        }
        guard root.name == "quiz" else {
            throw QuestionBankError.invalid([BankDiagnostic(
                file: file, line: root.line, message: "the root element is <\(root.name)>; a Moodle XML bank starts with <quiz>")])
        }
        var entries: [BankEntry] = []
        for element in root.children("question") {
            if let entry = entry(element) { entries.append(entry) }
        }
        if !problems.isEmpty { throw QuestionBankError.invalid(problems) }
        return entries
    }

    private mutating func entry(_ element: PeerXML.XMLElement) -> BankEntry? {
        let type = (element[attribute: "type"] ?? "").lowercased()
        let name = element.child("name")?.child("text")?.normalizedText
        switch type {
        case "category":
            let path = element.child("category")?.child("text")?.text ?? ""
            let info = element.child("info").map { text($0, fallback: .moodle) }.flatMap { $0.isEmpty ? nil : $0.joined(separator: " ") }
            return .category(path: BankConventions.categoryParts(path), idnumber: nonEmpty(element.child("idnumber")?.normalizedText), info: info, line: element.line)
        case "description":
            return .description(text(element.child("questiontext"), fallback: .moodle).joined(separator: " "), line: element.line)
        case "multichoice", "truefalse", "shortanswer", "numerical", "matching":
            guard var question = question(element, type: type) else { return nil }
            question.name = name
            return .question(question)
        default:
            return .skipped(SkippedQuestion(file: file, line: element.line, name: name, type: type, reason: MoodleXMLReader.reason(type)))
        }
    }

    static func reason(_ type: String) -> SkippedQuestion.Reason {
        switch type {
        case "essay": .essay
        case "cloze", "multianswer": .embeddedAnswers
        case "calculated", "calculatedsimple", "calculatedmulti": .calculated
        case "ddwtos", "ddimageortext", "ddmarker", "gapselect": .dragAndDrop
        case "random", "randomsamatch": .random
        default: .unsupported
        }
    }

    private mutating func question(_ element: PeerXML.XMLElement, type: String) -> BankQuestion? {
        let promptFormat = TextFormat(moodleName: element.child("questiontext")?[attribute: "format"], fallback: .moodle)
        let prompt = text(element.child("questiontext"), fallback: .moodle).joined(separator: " ")
        let kind: QuestionKind?
        var extra: [String] = []
        switch type {
        case "multichoice": kind = multichoice(element, format: promptFormat)
        case "truefalse": (kind, extra) = trueFalse(element)
        case "shortanswer": kind = shortAnswer(element)
        case "numerical": (kind, extra) = numerical(element)
        default: kind = matching(element)
        }
        guard let kind else { return nil }
        if prompt.isEmpty { problem(element, "the question has no text") }
        var question = BankQuestion(line: element.line, prompt: prompt, kind: kind)
        question.idnumber = nonEmpty(element.child("idnumber")?.normalizedText)
        question.generalFeedback = text(element.child("generalfeedback"), fallback: promptFormat)
        question.extraExplanation = extra
        question.tags = element.child("tags")?.children("tag").compactMap { nonEmpty($0.child("text")?.normalizedText) } ?? []
        question.shuffles = element.child("shuffleanswers").map { MoodleXMLReader.boolean($0.normalizedText) }
        question.defaultGrade = element.child("defaultgrade").flatMap { Double($0.normalizedText) }
        return question
    }

    private mutating func multichoice(_ element: PeerXML.XMLElement, format: TextFormat) -> QuestionKind? {
        let known = problems.count
        let single = element.child("single").map { MoodleXMLReader.boolean($0.normalizedText) } ?? true
        var choices: [Choice] = []
        for answer in element.children("answer") {
            guard let weight = weight(answer) else { continue }
            choices.append(Choice(text: line(answer, fallback: format), weight: weight, feedback: feedback(answer)))
        }
        guard problems.count == known else { return nil }
        guard choices.count >= 2 else {
            problem(element, "a multiple-choice question needs at least two answers; it has \(choices.count)")
            return nil
        }
        return single ? .singleChoice(choices) : .multipleSelect(choices)
    }

    private mutating func trueFalse(_ element: PeerXML.XMLElement) -> (QuestionKind?, [String]) {
        var correct: Bool?
        var feedback: [String] = []
        for answer in element.children("answer") {
            let value = answer.child("text")?.normalizedText.lowercased() == "true"
            if let weight = weight(answer), weight == .full { correct = value }
            if let text = self.feedback(answer) { feedback.append("If you answered \(value ? "true" : "false"): \(text)") }
        }
        guard let correct else {
            problem(element, "a true/false question needs the answer 'true' or 'false' at fraction 100")
            return (nil, [])
        }
        return (.trueFalse(correct), feedback)
    }

    private mutating func shortAnswer(_ element: PeerXML.XMLElement) -> QuestionKind? {
        let known = problems.count
        let caseSensitive = element.child("usecase").map { MoodleXMLReader.boolean($0.normalizedText) } ?? false
        var answers: [AcceptedAnswer] = []
        for answer in element.children("answer") {
            guard let weight = weight(answer) else { continue }
            answers.append(AcceptedAnswer(line(answer, fallback: .moodle), weight: weight, feedback: feedback(answer)))
        }
        guard problems.count == known else { return nil }
        guard !answers.isEmpty else {
            problem(element, "a short-answer question needs at least one answer")
            return nil
        }
        return .shortAnswer(ShortAnswerKey(answers, caseSensitive: caseSensitive))
    }

    private mutating func numerical(_ element: PeerXML.XMLElement) -> (QuestionKind?, [String]) {
        let known = problems.count
        var answers: [NumericAnswer] = []
        var extra: [String] = []
        for answer in element.children("answer") {
            guard let weight = weight(answer) else { continue }
            let text = answer.child("text")?.normalizedText ?? ""
            // Moodle's "*" answer takes any other number: its feedback joins the explanation.
            if text == "*" {
                if let feedback = feedback(answer) { extra.append(BankConventions.otherNumberFeedback(feedback)) }
                continue
            }
            guard let value = Double(text), value.isFinite else {
                problem(answer, "the answer '\(text)' is not a number")
                continue
            }
            let toleranceText = answer.child("tolerance")?.normalizedText ?? "0"
            guard let tolerance = Double(toleranceText), tolerance.isFinite else {
                problem(answer, "the tolerance '\(toleranceText)' is not a number")
                continue
            }
            answers.append(NumericAnswer(value: value, tolerance: abs(tolerance), weight: weight, feedback: feedback(answer)))
        }
        guard problems.count == known else { return (nil, []) }
        guard !answers.isEmpty else {
            problem(element, "a numerical question needs at least one answer")
            return (nil, [])
        }
        return (.numerical(answers), extra)
    }

    private mutating func matching(_ element: PeerXML.XMLElement) -> QuestionKind? {
        var pairs: [Matching.Pair] = []
        var distractors: [String] = []
        for sub in element.children("subquestion") {
            let format = TextFormat(moodleName: sub[attribute: "format"], fallback: .moodle)
            let item = format.line(sub.child("text")?.text ?? "")
            let answer = PeerXML.XMLElement.foldWhitespace(sub.child("answer")?.child("text")?.text ?? "")
            if answer.isEmpty { continue }
            if item.isEmpty { distractors.append(answer) } else { pairs.append(Matching.Pair(item: item, answer: answer)) }
        }
        guard pairs.count >= 2 else {
            problem(element, "a matching question needs at least two items with answers; it has \(pairs.count)")
            return nil
        }
        return .matching(Matching(pairs: pairs, distractors: distractors))
    }

    /// An answer's `fraction` as a weight, or nil (and a problem) when it is not one of
    /// Moodle's grades.
    private mutating func weight(_ answer: PeerXML.XMLElement) -> Weight? {
        let text = answer[attribute: "fraction"] ?? "0"
        guard let weight = Weight(text), weight.isMoodleGrade else {
            problem(answer, "the weight \(text)% (fraction=\"\(text)\") is not one of Moodle's grades; use one of \(Weight.moodleGrades.filter { $0 >= .zero }.map(\.description).joined(separator: ", ")) or their negatives")
            return nil
        }
        return weight
    }

    private func feedback(_ answer: PeerXML.XMLElement) -> String? {
        nonEmpty(text(answer.child("feedback"), fallback: TextFormat(moodleName: answer[attribute: "format"], fallback: .moodle)).joined(separator: " "))
    }

    /// An element's `<text>` as one line, in the element's own format.
    private func line(_ element: PeerXML.XMLElement, fallback: TextFormat) -> String {
        TextFormat(moodleName: element[attribute: "format"], fallback: fallback).line(element.child("text")?.text ?? "")
    }

    /// An element's `<text>` as paragraphs, in the element's own format.
    private func text(_ element: PeerXML.XMLElement?, fallback: TextFormat) -> [String] {
        guard let element else { return [] }
        return TextFormat(moodleName: element[attribute: "format"], fallback: fallback).paragraphs(element.child("text")?.text ?? "")
    }

    private mutating func problem(_ element: PeerXML.XMLElement, _ message: String) {
        problems.append(BankDiagnostic(file: file, line: element.line, message: message))
    }

    /// Moodle's booleans: `true`/`false` and, in older files, `1`/`0`.
    static func boolean(_ text: String) -> Bool {
        let value = text.lowercased()
        return value == "true" || value == "1" || value == "yes"
    }

    private func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }
}
