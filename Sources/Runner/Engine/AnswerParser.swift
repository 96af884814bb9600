import Curriculum

/// Turns typed input into an answer for one presented question: letters for choices
/// (`b`; `a,c`, `a, c` or `ac` for multiple select), `t`/`f`/`true`/`false`, text, a number
/// (`42`, `3.5`, `-2`, `3,5`), or pairs for a matching question (`1c 2a 3b`).
public enum AnswerParser {
    /// The answer, or an explanation of why the input is not one.
    public static func parse(_ input: String, for asked: AskedQuestion) -> Result<Answer, InvalidAnswer> {
        let trimmed = AnswerNormalizer.normalize(input)
        switch asked.question.kind {
        case .singleChoice(let choices):
            return letters(trimmed, asked: asked, count: choices.count, single: true)
        case .multipleSelect(let choices):
            return letters(trimmed, asked: asked, count: choices.count, single: false)
        case .trueFalse:
            switch trimmed {
            case "t", "true": return .success(.truth(true))
            case "f", "false": return .success(.truth(false))
            case "": return .failure(InvalidAnswer("No answer given: type t for true or f for false."))
            default: return .failure(InvalidAnswer("'\(trimmed)' is not an answer here: type t for true or f for false."))
            }
        case .shortAnswer(let key):
            guard !trimmed.isEmpty else { return .failure(InvalidAnswer("No answer given: type your answer as text.")) }
            return .success(.text(AnswerNormalizer.normalize(input, caseSensitive: key.caseSensitive)))
        case .numerical:
            guard !trimmed.isEmpty else { return .failure(InvalidAnswer("No answer given: type a number, such as 42 or 3.5.")) }
            guard let number = number(trimmed) else {
                return .failure(InvalidAnswer("'\(trimmed)' is not a number: type a number, such as 42 or 3.5."))
            }
            return .success(.number(number))
        case .matching:
            return MatchingEntry.pairs(trimmed, asked: asked)
        }
    }

    /// A typed number: digits with an optional sign, decimal point (or one decimal comma)
    /// and exponent; nil for anything else.
    public static func number(_ text: String) -> Double? {
        var text = text.filter { !$0.isWhitespace }
        if !text.contains("."), text.filter({ $0 == "," }).count == 1 {
            text = text.replacingOccurrences(",", with: ".")
        }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
            let value = Double(text), value.isFinite
        else { return nil }
        return value
    }

    private static func letters(_ text: String, asked: AskedQuestion, count: Int, single: Bool) -> Result<Answer, InvalidAnswer> {
        let range = "a letter from a to \(AskedQuestion.letter(max(count - 1, 0)))"
        let expected = single ? range : "letters from a to \(AskedQuestion.letter(max(count - 1, 0))), such as a,c"
        let characters = text.filter { $0 != "," && !$0.isWhitespace }
        guard !characters.isEmpty else {
            return .failure(InvalidAnswer("No answer given: type \(expected)."))
        }
        var picked: [Int] = []
        for character in characters {
            guard let ascii = character.asciiValue, (97...122).contains(ascii) else {
                return .failure(InvalidAnswer("'\(character)' is not a letter: type \(expected)."))
            }
            let position = Int(ascii) - 97
            guard let fileIndex = asked.fileIndex(ofShownPosition: position) else {
                return .failure(InvalidAnswer(
                    "'\(character)' is not one of the choices: there are \(count), so type \(expected)."))
            }
            if !picked.contains(fileIndex) { picked.append(fileIndex) }
        }
        if single, picked.count > 1 {
            return .failure(InvalidAnswer("This question takes one answer: type \(range)."))
        }
        return .success(.choices(Set(picked)))
    }
}

extension String {
    fileprivate func replacingOccurrences(_ target: Character, with replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }
}
