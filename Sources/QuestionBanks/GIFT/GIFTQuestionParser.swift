import Foundation
import Curriculum

/// Reads one GIFT question: `::title::`, a `[format]`, the text, and the answers in braces
/// (`{=right ~wrong}`, `{T}`, `{=a =b}`, `{#3:0.5}`, `{=a -> b}`, `{}`), which may stand
/// in mid-sentence (a missing word), with `####` general feedback.
struct GIFTQuestionParser {
    let file: String
    let block: GIFTReader.Block
    private(set) var problems: [BankDiagnostic] = []

    init(file: String, block: GIFTReader.Block) {
        self.file = file
        self.block = block
    }

    private var line: Int { block.lines[0].number }

    mutating func parse() -> BankEntry? {
        var text = GIFTText(GIFTEscapes.characters(of: block.lines)).trimmed
        var name: String?
        if text.startsWithSyntax("::"), let end = text.firstSyntax("::", from: text.startIndex + 2) {
            name = text[(text.startIndex + 2)..<end].trimmed.string
            text = text[(end + 2)...].trimmed
        }
        var format = TextFormat.moodle
        for candidate in [("[html]", TextFormat.html), ("[plain]", .plain), ("[moodle]", .moodle), ("[markdown]", .markdown)]
        where text.startsWithSyntax(candidate.0) {
            format = candidate.1
            text = text.dropFirst(candidate.0.count).trimmed
        }
        let open = text.firstSyntax("{")
        let close = open.flatMap { text.firstSyntax("}", from: $0) } ?? text.firstSyntax("}")
        guard let open, let close, close > open else {
            if open == nil, close == nil {
                return .description(format.line(text.string), line: line)
            }
            problem(line, "the braces around the answers do not match: expected one { and one } after it")
            return nil
        }
        let before = format.line(text[..<open].string)
        let after = format.line(text[(close + 1)...].string)
        let prompt = after.isEmpty ? before : [before, "_____", after].filter { !$0.isEmpty }.joined(separator: " ")
        var answers = text[(open + 1)..<close].trimmed
        var generalFeedback: [String] = []
        if let split = answers.firstSyntax("####") {
            generalFeedback = format.paragraphs(answers[(split + 4)...].string)
            answers = answers[..<split].trimmed
        }
        let type = GIFTQuestionParser.type(of: answers)
        if type == "essay" {
            return .skipped(SkippedQuestion(file: file, line: line, name: name, type: "essay", reason: .essay))
        }
        var extra: [String] = []
        let kind: QuestionKind?
        switch type {
        case "numerical": (kind, extra) = numerical(answers.dropFirst(), format: format)
        case "matching": kind = matching(answers, format: format)
        case "truefalse": (kind, extra) = trueFalse(answers, format: format)
        case "multichoice": kind = multichoice(answers, format: format)
        default: kind = shortAnswer(answers, format: format)
        }
        guard let kind else { return nil }
        if prompt.isEmpty { problem(line, "the question has no text before its answers") }
        var question = BankQuestion(line: line, prompt: prompt, kind: kind)
        question.name = name
        question.idnumber = GIFTReader.marks("id", in: block.comments).first
        question.tags = GIFTReader.marks("tag", in: block.comments)
        question.generalFeedback = generalFeedback
        question.extraExplanation = extra
        return .question(question)
    }

    /// Moodle's order of telling the type from the answers: `#` first is numerical; any
    /// `~` is multiple choice (so a choice may hold `->`); `=` with `->` and no `~` is
    /// matching; `T`, `TRUE`, `F` or `FALSE` is true/false; anything else is a short answer.
    static func type(of answers: GIFTText) -> String {
        if answers.isEmpty { return "essay" }
        if answers.startsWithSyntax("#") { return "numerical" }
        if answers.firstSyntax("~") != nil { return "multichoice" }
        if answers.firstSyntax("=") != nil, answers.firstSyntax("->") != nil { return "matching" }
        let word = answers[..<(answers.firstSyntax("#") ?? answers.endIndex)].trimmed.string.uppercased()
        if ["T", "TRUE", "F", "FALSE"].contains(word) { return "truefalse" }
        return "shortanswer"
    }

    /// `~%50%text#feedback`: the weight (if written), the text and the feedback.
    private mutating func answer(_ piece: GIFTText, format: TextFormat) -> (weight: Weight?, text: String, feedback: String?, valid: Bool) {
        var body = piece.trimmed
        var weight: Weight?
        var valid = true
        if body.startsWithSyntax("%"), let end = body.firstSyntax("%", from: body.startIndex + 1) {
            let written = body[(body.startIndex + 1)..<end].string
            if let parsed = Weight(written), parsed.isMoodleGrade {
                weight = parsed
            } else {
                problem(body[body.startIndex].line, "the weight %\(written)% is not one of Moodle's grades; use one of \(Weight.moodleGrades.filter { $0 >= .zero }.map(\.description).joined(separator: ", ")) or their negatives")
                valid = false
            }
            body = body[(end + 1)...]
        }
        var feedback: String?
        if let hash = body.firstSyntax("#") {
            let text = format.line(body[(hash + 1)...].string)
            feedback = text.isEmpty ? nil : text
            body = body[..<hash]
        }
        return (weight, format.line(body.string), feedback, valid)
    }

    private mutating func multichoice(_ answers: GIFTText, format: TextFormat) -> QuestionKind? {
        var choices: [Choice] = []
        var valid = true
        var single = false
        for piece in answers.split(before: ["=", "~"]) {
            guard let marker = piece.marker else { continue }
            let parsed = answer(piece.text, format: format)
            valid = valid && parsed.valid
            if marker == "=" { single = true }
            choices.append(Choice(text: parsed.text, weight: parsed.weight ?? (marker == "=" ? .full : .zero), feedback: parsed.feedback))
        }
        guard valid else { return nil }
        guard choices.count >= 2 else {
            problem(line, "a multiple-choice question needs at least two answers; it has \(choices.count)")
            return nil
        }
        return single ? .singleChoice(choices) : .multipleSelect(choices)
    }

    private mutating func shortAnswer(_ answers: GIFTText, format: TextFormat) -> QuestionKind? {
        var accepted: [AcceptedAnswer] = []
        var valid = true
        // As in Moodle, text before the first `=` is an answer too: `{One}` accepts "One".
        for piece in answers.split(before: ["="]) where piece.marker != nil || !piece.text.trimmed.isEmpty {
            let parsed = answer(piece.text, format: format)
            valid = valid && parsed.valid
            accepted.append(AcceptedAnswer(parsed.text, weight: parsed.weight ?? .full, feedback: parsed.feedback))
        }
        guard valid else { return nil }
        guard !accepted.isEmpty else {
            problem(line, "a short-answer question needs at least one answer")
            return nil
        }
        let caseSensitive = GIFTReader.marks("tag", in: block.comments).contains(BankConventions.caseSensitiveTag)
        return .shortAnswer(ShortAnswerKey(accepted, caseSensitive: caseSensitive))
    }

    private mutating func trueFalse(_ answers: GIFTText, format: TextFormat) -> (QuestionKind?, [String]) {
        let parts = answers.split(before: ["#"])
        let value = ["T", "TRUE"].contains(parts[0].text.trimmed.string.uppercased())
        var extra: [String] = []
        // The first feedback is for a wrong answer, the second for a right one.
        let feedback = parts.dropFirst().map { format.line($0.text.string) }
        if let wrong = feedback.first, !wrong.isEmpty { extra.append("If you answered \(value ? "false" : "true"): \(wrong)") }
        if feedback.count > 1, !feedback[1].isEmpty { extra.append("If you answered \(value ? "true" : "false"): \(feedback[1])") }
        return (.trueFalse(value), extra)
    }

    private mutating func matching(_ answers: GIFTText, format: TextFormat) -> QuestionKind? {
        var pairs: [Matching.Pair] = []
        var distractors: [String] = []
        for piece in answers.split(before: ["="]) where piece.marker != nil {
            guard let arrow = piece.text.firstSyntax("->") else {
                problem(piece.text.first?.line ?? line, "a matching answer needs an item, -> and its answer")
                return nil
            }
            let item = format.line(piece.text[..<arrow].string)
            let answer = format.line(piece.text[(arrow + 2)...].string)
            if item.isEmpty { distractors.append(answer) } else { pairs.append(Matching.Pair(item: item, answer: answer)) }
        }
        guard pairs.count >= 2 else {
            problem(line, "a matching question needs at least two items with answers; it has \(pairs.count)")
            return nil
        }
        return .matching(Matching(pairs: pairs, distractors: distractors))
    }

    /// `{#3.14:0.01}`, `{#1..5}` or several weighted answers `{# =3:0 =%50%3:1#close}`,
    /// then perhaps `~#feedback` for any other number (Moodle's `*` answer, which earns
    /// nothing: its feedback joins the explanation).
    private mutating func numerical(_ answers: GIFTText, format: TextFormat) -> (QuestionKind?, [String]) {
        var answers = answers
        var extra: [String] = []
        if let tilde = answers.firstSyntax("~") {
            let other = answers[(tilde + 1)...]
            if let hash = other.firstSyntax("#") {
                let feedback = format.line(other[(hash + 1)...].string)
                if !feedback.isEmpty { extra.append(BankConventions.otherNumberFeedback(feedback)) }
            }
            answers = answers[..<tilde]
        }
        return (numericAnswers(answers, format: format), extra)
    }

    private mutating func numericAnswers(_ answers: GIFTText, format: TextFormat) -> QuestionKind? {
        let pieces = answers.split(before: ["="]).filter { $0.marker != nil || !$0.text.trimmed.isEmpty }
        var result: [NumericAnswer] = []
        var valid = true
        for piece in pieces {
            let parsed = answer(piece.text, format: .plain)
            valid = valid && parsed.valid
            let weight = parsed.weight ?? .full
            let feedback = parsed.feedback.map { format.line($0) }
            let where_ = piece.text.first?.line ?? line
            let written = parsed.text.filter { !$0.isWhitespace }
            if let range = written.range(of: "..") {
                guard let low = Double(written[..<range.lowerBound]), let high = Double(written[range.upperBound...]), low <= high else {
                    problem(where_, "the range '\(written)' is not two numbers, lowest first")
                    valid = false
                    continue
                }
                result.append(NumericAnswer(from: low, to: high, weight: weight, feedback: feedback))
            } else {
                let parts = written.split(separator: ":", omittingEmptySubsequences: false)
                guard parts.count <= 2, let value = Double(parts[0]), value.isFinite else {
                    problem(where_, "the answer '\(written)' is not a number (or number:tolerance, or lowest..highest)")
                    valid = false
                    continue
                }
                let tolerance = parts.count == 2 ? Double(parts[1]) : 0
                guard let tolerance, tolerance.isFinite else {
                    problem(where_, "the tolerance in '\(written)' is not a number")
                    valid = false
                    continue
                }
                result.append(NumericAnswer(value: value, tolerance: abs(tolerance), weight: weight, feedback: feedback))
            }
        }
        guard valid, !result.isEmpty else {
            if valid { problem(line, "a numerical question needs at least one answer after #") }
            return nil
        }
        return .numerical(result)
    }

    private mutating func problem(_ line: Int, _ message: String) {
        problems.append(BankDiagnostic(file: file, line: line, message: message))
    }
}
