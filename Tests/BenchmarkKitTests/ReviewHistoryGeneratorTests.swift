import Curriculum
import Foundation
import PeerTrackCore
import Testing
@testable import Tracker

@testable import BenchmarkKit

struct ReviewHistoryGeneratorTests {
    @Test func appendsTheLearnersReviewsOfTheCurriculumsQuestions() throws {
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("peertrack-reviews-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: store) }
        try StoreGenerator(people: 50, records: 2_000).write(to: store)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let curriculum = try ContentLoader(root: root).load()
        let generator = ReviewHistoryGenerator(person: "p00042", reviews: 300)
        #expect(try generator.append(to: store, curriculum: curriculum) == 300)
        let reviews = try Journal(directory: store).records(of: ["p00042"]).compactMap(QuestionReview.init)
        #expect(reviews.count == 300)
        let asked = Set(curriculum.quizzes.flatMap { quiz in quiz.questions.map { "\(quiz.id) \(quiz.version) \($0.id)" } })
        #expect(reviews.allSatisfy { asked.contains("\($0.quiz) \($0.version) \($0.question)") && $0.event.isAnswer })
        #expect(reviews.map(\.stamp.time) == reviews.map(\.stamp.time).sorted())
        #expect(reviews.last.map { $0.stamp.time < "2026-11-22" } == true)
    }
}
