import Curriculum

/// How a matching question is answered: every item at once as pairs of its number and
/// the shown letter of its answer (`1c 2a 3b`, `1c,2a,3b` or `1c2a3b`), or one letter at a
/// time, item 1 first, each line answering the next item.
public enum MatchingEntry {
    /// What came of one line typed for a matching question.
    public enum Step: Sendable, Equatable {
        /// Every item has its answer.
        case complete(Answer)
        /// The letters given so far (file positions of the options, item 1 first), and
        /// what to ask next.
        case next([Int], prompt: String)
        /// Not an answer; nothing changed.
        case invalid(InvalidAnswer)
    }

    /// Takes a line for `asked`, given the letters already typed one at a time.
    public static func step(_ input: String, asked: AskedQuestion, given: [Int]) -> Step {
        guard case .matching(let matching) = asked.question.kind else {
            return .invalid(InvalidAnswer("This is not a matching question."))
        }
        let text = AnswerNormalizer.normalize(input)
        let compact = text.filter { $0 != "," && !$0.isWhitespace }
        if compact.count == 1, let letter = compact.first, letter.isLetter {
            guard let option = option(letter, asked: asked) else {
                return .invalid(InvalidAnswer("'\(letter)' is not one of the answers: type \(lettersText(asked))."))
            }
            let picked = given + [option]
            if picked.count == matching.pairs.count { return .complete(.matches(picked)) }
            return .next(picked, prompt: prompt(for: picked.count, matching: matching, after: letter))
        }
        switch pairs(text, asked: asked) {
        case .success(let answer): return .complete(answer)
        case .failure(let problem): return .invalid(problem)
        }
    }

    /// Pairs typed all at once, such as `1c 2a 3b`.
    static func pairs(_ text: String, asked: AskedQuestion) -> Result<Answer, InvalidAnswer> {
        guard case .matching(let matching) = asked.question.kind else { return .failure(InvalidAnswer("This is not a matching question.")) }
        let count = matching.pairs.count
        let how = "type each item's number with the letter of its answer, such as 1\(AskedQuestion.letter(0)) 2\(AskedQuestion.letter(1)), or one letter for item 1"
        let compact = text.filter { $0 != "," && !$0.isWhitespace && $0 != "-" && $0 != ">" && $0 != "=" && $0 != ":" }
        guard !compact.isEmpty else { return .failure(InvalidAnswer("No answer given: \(how).")) }
        var picked = [Int?](repeating: nil, count: count)
        var rest = Substring(compact)
        while !rest.isEmpty {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            rest = rest.dropFirst(digits.count)
            guard let item = Int(digits), let letter = rest.first else {
                return .failure(InvalidAnswer("'\(text)' is not a list of pairs: \(how)."))
            }
            rest = rest.dropFirst()
            guard (1...count).contains(item) else {
                return .failure(InvalidAnswer("There is no item \(item): the items are 1 to \(count)."))
            }
            guard let option = option(letter, asked: asked) else {
                return .failure(InvalidAnswer("'\(letter)' is not one of the answers: type \(lettersText(asked))."))
            }
            picked[item - 1] = option
        }
        let missing = picked.indices.filter { picked[$0] == nil }.map { String($0 + 1) }
        guard missing.isEmpty else {
            return .failure(InvalidAnswer("Every item needs an answer; item \(missing.joined(separator: ", ")) has none."))
        }
        return .success(.matches(picked.compactMap { $0 }))
    }

    /// What to ask after `answered` items have their letter.
    static func prompt(for answered: Int, matching: Matching, after letter: Character) -> String {
        "\(answered) → \(letter). Item \(answered + 1) of \(matching.pairs.count): \(matching.pairs[answered].item) — type the letter of its answer."
    }

    private static func option(_ letter: Character, asked: AskedQuestion) -> Int? {
        guard let ascii = letter.asciiValue, (97...122).contains(ascii) else { return nil }
        return asked.fileIndex(ofShownPosition: Int(ascii) - 97)
    }

    private static func lettersText(_ asked: AskedQuestion) -> String {
        "a letter from a to \(AskedQuestion.letter(max(asked.choiceOrder.count - 1, 0)))"
    }
}
