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

    @Test func hasAtLeastEightyQuestionsAndTwentyEachOnEthicsAndConfidentiality() throws {
        #expect(curriculum.questionCount >= 80)
        #expect(try #require(curriculum.quiz("ethics-quiz")).questions.count >= 20)
        #expect(try #require(curriculum.quiz("confidentiality-quiz")).questions.count >= 20)
    }

    @Test func everyRuleOfTheCodeOfEthicsIsTested() throws {
        let covered = Set(curriculum.quizzes.flatMap(\.questions).compactMap(\.rule))
        #expect(covered.isSuperset(of: Set(1...21)))
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
