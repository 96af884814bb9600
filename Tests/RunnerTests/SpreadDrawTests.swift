import Curriculum
import Runner
import Testing

struct SpreadDrawTests {
    /// A pool of 12 questions on 4 topics (3 each) and 4 without a topic.
    static func quiz(draw: Int) -> Quiz {
        var questions: [Question] = []
        for index in 0..<16 {
            let topic = index < 12 ? "t\(index % 4)" : nil
            questions.append(Question(
                id: "q\(index)", prompt: "Question \(index)?", kind: .trueFalse(index % 2 == 0), explanation: "Because.",
                source: Source(seed: "001.txt", title: "Code"), topic: topic))
        }
        return Quiz(
            id: "spread-quiz", moduleID: "sample", version: 1, title: "Spread", passMark: 80, drawCount: draw,
            declaredTopics: (0..<4).map { QuizTopic(id: "t\($0)", title: "Topic \($0)") }, spreadsOverTopics: true,
            questions: questions)
    }

    @Test(arguments: [2, 4, 7, 16])
    func everyAttemptCoversAsManyTopicsAsItCan(draw: Int) {
        let quiz = SpreadDrawTests.quiz(draw: draw)
        for seed in UInt64(1)...200 {
            let asked = QuizDraw(quiz: quiz, seed: seed).questions.map(\.question)
            #expect(asked.count == draw)
            #expect(Set(asked.map(\.id)).count == draw, "no question twice")
            #expect(Set(asked.compactMap(\.topic)).count == min(draw, 4), "seed \(seed)")
        }
    }

    @Test func theSameSeedGivesTheSameDrawAndOthersDiffer() {
        let quiz = SpreadDrawTests.quiz(draw: 6)
        #expect(QuizDraw(quiz: quiz, seed: 9) == QuizDraw(quiz: quiz, seed: 9))
        let draws = Set((UInt64(1)...20).map { QuizDraw(quiz: quiz, seed: $0).questionIDs })
        #expect(draws.count > 10)
    }
}
