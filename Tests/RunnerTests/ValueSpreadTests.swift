import Curriculum
import Foundation
import Runner
import Testing

/// A spread draw covers the topics, then at least half of the values the pool tests.
struct ValueSpreadTests {
    /// The repository root, for the shipped quizzes (this file is three levels down).
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// 4 topics of 3 questions each, then 2 questions for each of 6 values and 4 with neither.
    static func quiz(draw: Int) -> Quiz {
        var questions: [Question] = []
        for index in 0..<28 {
            let topic = index < 12 ? "t\(index % 4)" : nil
            let value = (12..<24).contains(index) ? (index - 12) / 2 + 1 : nil
            questions.append(Question(
                id: "q\(index)", prompt: "Question \(index)?", kind: .trueFalse(index % 2 == 0), explanation: "Because.",
                source: Source(seed: "001.txt", title: "Code"), value: value, topic: topic))
        }
        return Quiz(
            id: "value-quiz", moduleID: "sample", version: 1, title: "Values", passMark: 80, drawCount: draw,
            declaredTopics: (0..<4).map { QuizTopic(id: "t\($0)", title: "Topic \($0)") }, spreadsOverTopics: true,
            questions: questions)
    }

    @Test(arguments: [(3, 0), (5, 1), (7, 3), (9, 3)])
    func topicsFirstThenHalfTheValuesAsPlacesAllow(draw: Int, leastValues: Int) {
        let quiz = ValueSpreadTests.quiz(draw: draw)
        #expect(quiz.values == [1, 2, 3, 4, 5, 6])
        for seed in UInt64(1)...200 {
            let asked = QuizDraw(quiz: quiz, seed: seed).questions.map(\.question)
            #expect(asked.count == draw)
            #expect(Set(asked.map(\.id)).count == draw, "no question twice")
            #expect(Set(asked.compactMap(\.topic)).count == min(draw, 4), "seed \(seed)")
            #expect(Set(asked.compactMap(\.value)).count >= leastValues, "seed \(seed)")
        }
    }

    @Test func aQuestionOfATopicThatTestsAValueCountsForBoth() {
        var quiz = ValueSpreadTests.quiz(draw: 5)
        for index in 0..<12 { quiz.questions[index].value = 1 }
        for seed in UInt64(1)...50 {
            let values = Set(QuizDraw(quiz: quiz, seed: seed).questions.compactMap(\.question.value))
            #expect(values.contains(1))
            #expect(values.count >= 2, "one place left, spent on a value not yet tested")
        }
    }

    @Test func everyAttemptOfTheEthicsQuizTestsEveryRuleAndAtLeastHalfTheValues() throws {
        let curriculum = try ContentLoader(root: ValueSpreadTests.repository).load()
        let quiz = try #require(curriculum.quizzes.first { $0.spreadsOverTopics && !$0.values.isEmpty })
        let count = try #require(quiz.drawCount)
        let wanted = (quiz.values.count + 1) / 2
        #expect(count - quiz.topics.count >= wanted, "the draw leaves places for half the values")
        let attempts = 200
        var attemptsWith: [Int: Int] = [:]
        for seed in UInt64(1)...UInt64(attempts) {
            let draw = QuizDraw(quiz: quiz, seed: seed)
            #expect(draw == QuizDraw(quiz: quiz, seed: seed), "reproducible by seed")
            let asked = draw.questions.map(\.question)
            #expect(asked.count == count)
            #expect(Set(quiz.topics).isSubset(of: Set(asked.compactMap(\.topic))), "seed \(seed) tests every topic")
            let values = Set(asked.compactMap(\.value))
            #expect(values.count >= wanted, "seed \(seed) tests \(values.sorted())")
            for value in values { attemptsWith[value, default: 0] += 1 }
        }
        if ProcessInfo.processInfo.environment["PEERTRACK_SHOW_SPREAD"] != nil {
            print("values in \(attempts) attempts of \(quiz.id):", quiz.values.map { "\($0): \(attemptsWith[$0] ?? 0)" }.joined(separator: ", "))
        }
        // With half the values in every attempt (more when the rest of the draw adds some),
        // each value is in at least half of all attempts on average; 200 seeded attempts
        // stay within a few points of that (the shipped third edition: 105 to 112 of 200).
        for value in quiz.values {
            #expect(Double(attemptsWith[value] ?? 0) >= 0.45 * Double(attempts), "value \(value): \(attemptsWith[value] ?? 0) of \(attempts)")
        }
    }
}
