import Curriculum
import Runner
import Testing

struct QuizDrawTests {
    @Test func sameSeedGivesTheSameDrawAndShuffles() {
        let quiz = Sample.quiz(questions: Sample.pool(30), draw: 10, shuffle: true)
        #expect(QuizDraw(quiz: quiz, seed: 1234) == QuizDraw(quiz: quiz, seed: 1234))
    }

    @Test func differentSeedsGiveDifferentDraws() {
        let quiz = Sample.quiz(questions: Sample.pool(30), draw: 10, shuffle: true)
        #expect(QuizDraw(quiz: quiz, seed: 1).questionIDs != QuizDraw(quiz: quiz, seed: 2).questionIDs)
    }

    @Test func drawsTheQuizsCountOfDistinctPoolQuestions() {
        let quiz = Sample.quiz(questions: Sample.pool(30), draw: 10)
        for seed in 0..<50 as Range<UInt64> {
            let ids = QuizDraw(quiz: quiz, seed: seed).questionIDs
            #expect(ids.count == 10)
            #expect(Set(ids).count == 10)
            #expect(Set(ids).isSubset(of: Set(quiz.questions.map(\.id))))
        }
    }

    @Test func drawLargerThanThePoolAsksEveryQuestion() {
        let quiz = Sample.quiz(questions: Sample.pool(5), draw: 8)
        #expect(Set(QuizDraw(quiz: quiz, seed: 5).questionIDs) == Set(quiz.questions.map(\.id)))
    }

    @Test func withoutDrawEveryQuestionIsAskedInFileOrder() {
        let quiz = Sample.quiz(shuffle: true)
        #expect(QuizDraw(quiz: quiz, seed: 77).questionIDs == ["q-single", "q-multiple", "q-truefalse", "q-short"])
    }

    @Test func choicesStayInFileOrderWithoutShuffle() {
        let draw = QuizDraw(quiz: Sample.quiz(questions: Sample.pool(10), shuffle: false), seed: 8)
        #expect(draw.questions.allSatisfy { $0.choiceOrder == [0, 1, 2, 3] })
    }

    @Test func shuffledChoicesArePermutationsThatVaryWithTheSeed() {
        let quiz = Sample.quiz(questions: Sample.pool(20), shuffle: true)
        let first = QuizDraw(quiz: quiz, seed: 1)
        let second = QuizDraw(quiz: quiz, seed: 2)
        #expect(first.questions.allSatisfy { $0.choiceOrder.sorted() == [0, 1, 2, 3] })
        #expect(first.questions.map(\.choiceOrder) != second.questions.map(\.choiceOrder))
        #expect(Set(first.questions.map { $0.choiceOrder.firstIndex(of: 0) ?? -1 }).count > 1)
    }

    @Test func aSavedDrawIsRebuiltFromItsIds() throws {
        let quiz = Sample.quiz(questions: Sample.pool(30), draw: 10, shuffle: true)
        let draw = QuizDraw(quiz: quiz, seed: 99)
        #expect(try QuizDraw(quiz: quiz, seed: 99, questionIDs: draw.questionIDs) == draw)
    }

    @Test func rebuildingRefusesAnIdTheQuizLacks() {
        #expect(throws: RunnerError.self) { try QuizDraw(quiz: Sample.quiz(), seed: 1, questionIDs: ["gone"]) }
    }

    @Test func correctAnswerTextUsesTheShownLetters() {
        let asked = AskedQuestion(question: Sample.single, choiceOrder: [3, 1, 0, 2])
        #expect(asked.correctAnswerText == "b) Keep the appointment")
        #expect(asked.shownLetter(ofFileIndex: 0) == "c")
        #expect(asked.text(of: .choices([0])) == "c) Skip the appointment")
    }
}
