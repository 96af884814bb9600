import Foundation
import Testing

@testable import Curriculum

/// The repository's own curriculum: clean, large enough, and covering the Code of Ethics.
private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

struct ShippedCurriculumTests {
    let curriculum: Curriculum

    init() throws {
        curriculum = try ContentLoader(root: repository).load()
    }

    @Test func hasTheSixRequiredModulesInOrder() {
        #expect(curriculum.modules.map(\.id) == ["history", "peer-support", "ethics", "confidentiality", "rights", "certification"])
        #expect(curriculum.modules.allSatisfy { curriculum.quiz(for: $0) != nil })
    }

    @Test func hasAtLeast160QuestionsWithSixtyOnEthicsAndFortyOnConfidentiality() throws {
        #expect(curriculum.questionCount >= 160)
        #expect(try #require(curriculum.quiz("ethics-quiz")).questions.count >= 60)
        #expect(try #require(curriculum.quiz("confidentiality-quiz")).questions.count >= 40)
    }

    @Test func everyRuleAndEveryValueOfTheCodeOfEthicsHasTwoQuestions() throws {
        let questions = curriculum.quizzes.flatMap(\.questions)
        for rule in 1...21 {
            #expect(questions.filter { $0.rule == rule }.count >= 2, "rule \(rule)")
        }
        for value in 1...6 {
            #expect(questions.filter { $0.value == value }.count >= 2, "value \(value)")
        }
    }

    /// The share of single-choice items whose correct choice is the longest (ties count).
    static func longestChoiceRate(_ quiz: Quiz) -> Double {
        let singles = quiz.questions.compactMap { question -> [Choice]? in
            if case .singleChoice(let choices) = question.kind { return choices }
            return nil
        }
        guard !singles.isEmpty else { return 0 }
        let longest = singles.filter { choices in
            let correct = choices.first(where: \.isCorrect)?.text.count ?? 0
            return choices.allSatisfy { $0.isCorrect || $0.text.count <= correct }
        }
        return Double(longest.count) / Double(singles.count)
    }

    @Test func theRightAnswerCannotBeFoundByItsLength() {
        for quiz in curriculum.quizzes {
            let rate = ShippedCurriculumTests.longestChoiceRate(quiz)
            #expect(rate <= 0.30, "\(quiz.id): the correct choice is the longest in \(Int(rate * 100))% of single-choice items")
        }
    }

    @Test func trueFalseKeysAreBalanced() {
        for quiz in curriculum.quizzes {
            let keys = quiz.questions.compactMap { question -> Bool? in
                if case .trueFalse(let answer) = question.kind { return answer }
                return nil
            }
            guard !keys.isEmpty else { continue }
            let share = Double(keys.filter { $0 }.count) / Double(keys.count)
            #expect((0.4...0.6).contains(share), "\(quiz.id): \(keys.filter { $0 }.count) of \(keys.count) true/false items are true")
        }
    }

    @Test func everyWrongChoiceSaysWhyItIsWrong() {
        for question in curriculum.quizzes.flatMap(\.questions) {
            for choice in question.kind.choices where !choice.isCorrect {
                #expect(choice.feedback?.isEmpty == false, "\(question.id): '\(choice.text)' has no feedback")
            }
        }
    }

    @Test func theShippedContentHasNoWarnings() throws {
        let review = try ContentLoader(root: repository).review()
        #expect(review.problems.isEmpty)
        #expect(review.warnings.isEmpty, "\(review.warnings.map(\.description))")
    }

    @Test func theEthicsDrawIsSpreadOverTheTwentyOneRules() throws {
        let quiz = try #require(curriculum.quiz("ethics-quiz"))
        #expect(quiz.spreadsOverTopics)
        #expect(Set(quiz.topics) == Set((1...21).map { "rule-\($0)" }))
    }

    /// Facts the first edition got wrong, each caught by a question keyed the right way.
    @Test func everyCorrectedFactHasAQuestion() {
        let text = curriculum.quizzes.flatMap(\.questions).map { question in
            ([question.prompt, question.explanation] + question.kind.choices.map(\.text)).joined(separator: " ").lowercased()
        }
        func asked(_ words: [String]) -> Bool { text.contains { item in words.allSatisfy(item.contains) } }
        #expect(asked(["minimum necessary", "authorization"]), "minimum necessary does not limit a signed authorization")
        #expect(asked(["164.512(j)"]) || asked(["permitted", "not required"]), "disclosure for imminent danger is permitted, not required")
        #expect(asked(["dss"]), "reports of suspected abuse or neglect go to the county DSS")
        #expect(asked(["part 2"]), "42 CFR Part 2 by name")
        #expect(asked(["988"]), "the 988 crisis line")
        #expect(asked(["n.a.p.s"]) || asked(["national association of peer supporters"]), "iNAPS is now N.A.P.S.")
        #expect(asked(["restriction"]), "restrictions can be requested, not demanded")
        #expect(asked(["sue"]), "HIPAA gives no private right to sue")
        #expect(asked(["qualified professional"]), "the Medicaid staffing rule")
        #expect(asked(["confirm"]), "confirming that someone is a client is a disclosure")
    }

    @Test func everyQuestionExplainsItsAnswerAndCitesASource() {
        for question in curriculum.quizzes.flatMap(\.questions) {
            #expect(!question.explanation.isEmpty, "\(question.id)")
            #expect(question.source.seed != nil || question.source.url != nil, "\(question.id)")
        }
    }

    @Test func everyLessonCitesASeedThatExists() throws {
        let seeds = repository.deletingLastPathComponent().appendingPathComponent("shared/seeds")
        let available = Set((try? FileManager.default.contentsOfDirectory(atPath: seeds.path)) ?? [])
        for lesson in curriculum.modules.flatMap(\.lessons) {
            #expect(!lesson.sources.isEmpty, "\(lesson.id)")
            for seed in lesson.sources.compactMap(\.seed) where !available.isEmpty {
                #expect(available.contains(seed), "\(lesson.id) cites \(seed)")
            }
        }
    }
}
