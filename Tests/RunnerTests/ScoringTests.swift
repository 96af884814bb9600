import Curriculum
import Runner
import Testing

struct ScoringTests {
    @Test func singleChoiceIsRightOnlyForTheCorrectChoice() {
        #expect(Answer.choices([1]).isCorrect(for: Sample.single))
        #expect(!Answer.choices([0]).isCorrect(for: Sample.single))
    }

    @Test func multipleSelectNeedsExactlyTheCorrectChoices() {
        #expect(Answer.choices([0, 2]).isCorrect(for: Sample.multiple))
        #expect(!Answer.choices([0]).isCorrect(for: Sample.multiple))
        #expect(!Answer.choices([0, 1, 2]).isCorrect(for: Sample.multiple))
    }

    @Test func trueFalseMatchesTheStatement() {
        #expect(Answer.truth(false).isCorrect(for: Sample.trueFalse))
        #expect(!Answer.truth(true).isCorrect(for: Sample.trueFalse))
    }

    @Test func shortAnswerMatchesAnyAcceptedAnswerIgnoringCaseAndSpacing() {
        #expect(Answer.text("npp").isCorrect(for: Sample.short))
        #expect(Answer.text("notice of  PRIVACY practices").isCorrect(for: Sample.short))
        #expect(!Answer.text("privacy policy").isCorrect(for: Sample.short))
    }

    @Test func anAnswerOfTheWrongKindIsWrong() {
        #expect(!Answer.truth(true).isCorrect(for: Sample.single))
        #expect(!Answer.text("b").isCorrect(for: Sample.single))
    }

    @Test(arguments: [
        // (correct, asked, pass mark, percent, passed)
        (16, 20, 80, 80, true), (15, 20, 80, 75, false), (20, 20, 80, 100, true),
        (12, 14, 80, 85, true), (11, 14, 80, 78, false),
        (2, 3, 67, 66, false), (2, 3, 66, 66, true), (0, 5, 0, 0, true), (0, 0, 80, 0, false),
    ])
    func passesExactlyAtThePassMark(_ row: (Int, Int, Int, Int, Bool)) {
        let score = QuizScore(correct: Double(row.0), asked: row.1, passMark: row.2)
        #expect(score.percent == row.3)
        #expect(score.passed == row.4)
    }

    @Test func neededToPassIsTheFewestCorrectAnswersThatPass() {
        for asked in 1...30 {
            for passMark in [0, 50, 67, 70, 75, 80, 90, 100] {
                let needed = QuizScore(correct: 0, asked: asked, passMark: passMark).neededToPass
                #expect(QuizScore(correct: Double(needed), asked: asked, passMark: passMark).passed)
                if needed > 0 { #expect(!QuizScore(correct: Double(needed - 1), asked: asked, passMark: passMark).passed) }
            }
        }
    }
}
