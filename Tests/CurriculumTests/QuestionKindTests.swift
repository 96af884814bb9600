import Foundation
import PeerTrackCore
import PeerXML
import Testing

@testable import Curriculum

private let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")
private let content = fixtures.appendingPathComponent("content")

/// Numerical and matching questions, weights on choices and short answers: read from a
/// quiz file, checked, and kept in the snapshot.
struct QuestionKindTests {
    func kindsQuiz() throws -> Quiz {
        let url = fixtures.appendingPathComponent("kinds/kinds-quiz.xml")
        let root = try SafeXMLReader().read(contentsOf: url, schema: try ContentKind.quiz.schema())
        return ContentParser.quiz(root, file: "kinds-quiz.xml").quiz
    }

    @Test func everyKindIsReadWithItsWeightsAndFeedback() throws {
        let quiz = try kindsQuiz()
        #expect(quiz.questions.map(\.kind.name) == ["single", "multiple", "short", "numerical", "matching"])
        #expect(quiz.questions[0].kind == .singleChoice([
            Choice(text: "Ask the peer", weight: .full, feedback: "Yes."), Choice(text: "Ask the supervisor", weight: Weight(percent: 50)),
            Choice(text: "Assume", weight: Weight(units: -3_333_333), feedback: "Never assume."),
        ]))
        #expect(quiz.questions[0].kind.choices.map(\.isCorrect) == [true, true, false])
        #expect(quiz.questions[2].kind == .shortAnswer(ShortAnswerKey(
            [AcceptedAnswer("Part 2", feedback: "Right."), AcceptedAnswer("42 CFR*", weight: Weight(percent: 50))], caseSensitive: true)))
        #expect(quiz.questions[3].kind == .numerical([
            NumericAnswer(value: 20, feedback: "Exactly."), NumericAnswer(value: 20, tolerance: 2.5, weight: Weight(percent: 50)),
        ]))
        #expect(quiz.questions[4].kind == .matching(Matching(
            pairs: [Matching.Pair(item: "Peer specialist", answer: "Shares lived experience"), Matching.Pair(item: "Supervisor", answer: "Verifies hours")],
            distractors: ["Bills insurance"])))
    }

    @Test func aQuizOfEveryKindPassesTheCheck() throws {
        let diagnostics = try ContentLoader(root: content).check(paths: [fixtures.appendingPathComponent("kinds/kinds-quiz.xml")])
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
    }

    @Test func weightsThatMoodleWouldRefuseAreReportedPerQuestion() throws {
        let diagnostics = try ContentLoader(root: content).check(paths: [fixtures.appendingPathComponent("bad/weights.xml")])
        let messages = diagnostics.map(\.message)
        #expect(messages.contains("question 'bad-single': a weighted single-choice question needs a choice at 100%"))
        #expect(messages.contains("question 'bad-multiple': choice 3 has no weight; give every choice of a weighted question a weight, or none"))
        #expect(messages.contains("question 'bad-multiple': the positive weights of a multiple-select question add up to 80%; they must add up to 100%"))
        #expect(messages.contains { $0.hasPrefix("question 'bad-short': accepted answer 2 has the weight 33%, which is not one of Moodle's grades") })
        #expect(messages.contains("question 'bad-numerical': no answer earns full credit; give one a weight of 100"))
        #expect(messages.contains("question 'bad-matching': the item 'one' appears twice"))
        #expect(diagnostics.allSatisfy { $0.line > 0 })
    }

    @Test func weightsAreMoodlesGradesWrittenAsFilesWriteThem() {
        #expect(Weight.moodleGrades.count == 41)
        #expect(Weight("83.333")?.description == "83.33333")
        #expect(Weight("-12.5")?.description == "-12.5")
        #expect(Weight("100")?.isMoodleGrade == true)
        #expect(Weight("33")?.isMoodleGrade == false)
        #expect(Weight("ten") == nil)
        #expect(Weight.nearestMoodleGrade(to: 100.0 / 11) == Weight(percent: 10))
    }

    @Test func shortAnswersTakeWildcardsAndCase() {
        let answer = AcceptedAnswer("42 CFR*")
        #expect(answer.matches("42 cfr part 2", caseSensitive: false))
        #expect(!answer.matches("42 cfr part 2", caseSensitive: true))
        #expect(answer.matches("42  CFR", caseSensitive: true))
        #expect(AcceptedAnswer("*tion").matches("Notification", caseSensitive: false))
        #expect(!AcceptedAnswer("a*b*c").matches("abca", caseSensitive: false))
        #expect(AcceptedAnswer("a*b*c").matches("axxbyyc", caseSensitive: false))
    }

    @Test func theSnapshotKeepsEveryKind() throws {
        let curriculum = Curriculum(modules: [], quizzes: [try kindsQuiz()])
        var writer = BinaryWriter()
        writer.curriculum(curriculum)
        var reader = try BinaryReader(sealed: writer.sealed)
        #expect(try reader.curriculum() == curriculum)
        #expect(reader.isAtEnd)
    }
}
