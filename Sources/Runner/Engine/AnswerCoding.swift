import Curriculum

/// How answers are written into records. One answer: choices as letters of their positions
/// in the quiz file (`a,c`; not the shuffled letters shown), `true`/`false`, the normalized
/// text, a number (`3.5`), or a matching answer as item numbers with the file-order letters
/// of their answers (`1c 2a 3b`). A list: answers joined by `|`, with `\` and `|` escaped by `\`.
public enum AnswerCoding {
    /// One answer as text; text is lower-cased, as for a question that ignores case.
    public static func encode(_ answer: Answer) -> String {
        switch answer {
        case .choices(let picked):
            return picked.sorted().map(AskedQuestion.letter).joined(separator: ",")
        case .truth(let value):
            return value ? "true" : "false"
        case .text(let text):
            return AnswerNormalizer.normalize(text)
        case .number(let number):
            return NumericAnswer.text(number)
        case .matches(let picked):
            return picked.enumerated().map { "\($0.offset + 1)\(AskedQuestion.letter($0.element))" }.joined(separator: " ")
        }
    }

    /// One answer to `question` as text: as `encode(_:)`, but text keeps its case when the
    /// question's key is case-sensitive.
    public static func encode(_ answer: Answer, for question: Question) -> String {
        if case .shortAnswer(let key) = question.kind, key.caseSensitive, case .text(let text) = answer {
            return AnswerNormalizer.normalize(text, caseSensitive: true)
        }
        return encode(answer)
    }

    /// One answer read back for its question; nil when it cannot be an answer to it.
    public static func decode(_ text: String, for question: Question) -> Answer? {
        switch question.kind {
        case .singleChoice(let choices), .multipleSelect(let choices):
            var picked = Set<Int>()
            for part in text.split(separator: ",") {
                guard part.count == 1, let ascii = part.first?.asciiValue, (97...122).contains(ascii),
                    choices.indices.contains(Int(ascii) - 97)
                else { return nil }
                picked.insert(Int(ascii) - 97)
            }
            return picked.isEmpty ? nil : .choices(picked)
        case .trueFalse:
            switch text {
            case "true": return .truth(true)
            case "false": return .truth(false)
            default: return nil
            }
        case .shortAnswer(let key):
            let normalized = AnswerNormalizer.normalize(text, caseSensitive: key.caseSensitive)
            return normalized.isEmpty ? nil : .text(normalized)
        case .numerical:
            return AnswerParser.number(text).map(Answer.number)
        case .matching(let matching):
            let pairs = text.split(separator: " ")
            guard pairs.count == matching.pairs.count else { return nil }
            var picked: [Int] = []
            for (index, pair) in pairs.enumerated() {
                guard pair.dropLast() == Substring(String(index + 1)), let ascii = pair.last?.asciiValue, (97...122).contains(ascii),
                    matching.options.indices.contains(Int(ascii) - 97)
                else { return nil }
                picked.append(Int(ascii) - 97)
            }
            return .matches(picked)
        }
    }

    /// Answers joined into one field value.
    public static func join(_ answers: [String]) -> String {
        answers.map { answer in
            var escaped = ""
            for character in answer {
                if character == "\\" || character == "|" { escaped.append("\\") }
                escaped.append(character)
            }
            return escaped
        }.joined(separator: "|")
    }

    /// A field value split back into answers; the empty value is no answers.
    public static func split(_ value: String) -> [String] {
        guard !value.isEmpty else { return [] }
        var answers: [String] = []
        var current = ""
        var escaping = false
        for character in value {
            if escaping {
                current.append(character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else if character == "|" {
                answers.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        answers.append(current)
        return answers
    }
}
