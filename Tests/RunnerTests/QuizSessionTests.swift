import Curriculum
import Runner
import Testing

struct QuizSessionTests {
    @Test func invalidInputIsNotCountedAndTheSameQuestionStays() {
        var session = QuizSession(quiz: Sample.quiz(), seed: 1)
        #expect(session.submit("z") == .invalid(InvalidAnswer("'z' is not one of the choices: there are 4, so type a letter from a to d.")))
        #expect(session.submit("") == .invalid(InvalidAnswer("No answer given: type a letter from a to d.")))
        #expect(session.answers.isEmpty)
        #expect(session.number == 1)
        #expect(session.current?.question.id == "q-single")
    }

    @Test func scoresEachKindAndListsTheMissed() {
        var session = QuizSession(quiz: Sample.quiz(), seed: 1)
        for input in ["b", "a", "f", "NPP"] {
            guard case .answered = session.submit(input) else {
                Issue.record("'\(input)' was not accepted")
                return
            }
        }
        #expect(session.isFinished)
        #expect(session.submit("a") == .finished)
        // "a" of the select-all item (a and c are right, b is not) decides two of its three
        // choices rightly: two thirds of a question.
        #expect(session.score.correctText == "3.67")
        #expect(session.score.percent == 91)
        #expect(session.score.passed)
        #expect(session.missed.map(\.asked.question.id) == ["q-multiple"])
        #expect(session.encodedAnswers == ["b", "a", "false", "npp"])
    }

    @Test func oneMoreMissFailsAtTheBoundary() {
        var session = QuizSession(quiz: Sample.quiz(), seed: 1)
        for input in ["a", "a", "f", "NPP"] { _ = session.submit(input) }
        #expect(session.score.percent == 66)  // 0 + 2/3 + 1 + 1 of 4
        #expect(!session.score.passed)
    }

    @Test func outcomeCarriesTheFeedbackOfThePickedChoice() {
        var session = QuizSession(quiz: Sample.quiz(), seed: 1)
        guard case .answered(let outcome) = session.submit("a") else {
            Issue.record("not answered")
            return
        }
        #expect(!outcome.isCorrect)
        #expect(outcome.choiceFeedback.map(\.text) == ["A promise broken hurts trust."])
        #expect(outcome.choiceFeedback.map(\.letter) == ["a"])
    }

    static let selectAllCases: [(String, Double)] = [
        ("a,c", 1.0), ("a", 2.0 / 3), ("c", 2.0 / 3), ("a,b,c", 2.0 / 3), ("b", 0.0), ("a,b", 1.0 / 3),
    ]

    @Test(arguments: selectAllCases)
    func aSelectAllItemScoresTheShareOfRightDecisions(input: String, credit: Double) {
        var session = QuizSession(quiz: Sample.quiz(), seed: 1)
        _ = session.submit("b")
        guard case .answered(let outcome) = session.submit(input) else {
            Issue.record("'\(input)' was not accepted")
            return
        }
        #expect(abs(outcome.credit - credit) < 1e-9)
        #expect(outcome.isCorrect == (credit == 1))
    }

    @Test func unansweredQuestionsCountAgainstTheScore() {
        var session = QuizSession(quiz: Sample.quiz(), seed: 1)
        _ = session.submit("b")
        #expect(session.score == QuizScore(correct: 1, asked: 4, passMark: 75))
    }
}
