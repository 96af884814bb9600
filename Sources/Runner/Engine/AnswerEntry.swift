import Curriculum

/// Reads one question's answer from lines of input, for a quiz and a review alike: a
/// matching question may be answered one item at a time.
struct AnswerEntry {
    let asked: AskedQuestion
    /// The items of a matching question answered so far.
    private(set) var pendingMatches: [Int]

    init(asked: AskedQuestion, pendingMatches: [Int] = []) {
        self.asked = asked
        self.pendingMatches = pendingMatches
    }

    /// The answer, or why the line is not one yet (for a matching question answered one
    /// item at a time: which item comes next).
    mutating func submit(_ input: String) -> Result<Answer, InvalidAnswer> {
        guard case .matching = asked.question.kind else { return AnswerParser.parse(input, for: asked) }
        switch MatchingEntry.step(input, asked: asked, given: pendingMatches) {
        case .invalid(let problem):
            return .failure(problem)
        case .next(let given, let prompt):
            pendingMatches = given
            return .failure(InvalidAnswer(prompt))
        case .complete(let answer):
            pendingMatches = []
            return .success(answer)
        }
    }
}
