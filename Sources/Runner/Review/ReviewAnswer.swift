import Curriculum

/// Reads one review question's answer from lines of input, as a quiz reads it: a matching
/// question may be answered one item at a time.
struct ReviewAnswer {
    let asked: AskedQuestion
    private var pendingMatches: [Int] = []

    init(asked: AskedQuestion) {
        self.asked = asked
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
