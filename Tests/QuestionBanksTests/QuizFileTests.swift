import Curriculum
import Foundation
import PeerXML
import QuestionBanks
import Testing

/// Imported banks written as PeerTrack quiz files pass the same checks as shipped quizzes.
struct QuizFileTests {
    /// A content folder with one module, `sample`, and the given quiz files.
    func content(with files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("peertrack-banks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Curriculum"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Quizzes"), withIntermediateDirectories: true)
        let module = """
            <?xml version="1.0" encoding="UTF-8"?>
            <module id="sample" order="1">
              <title>Sample</title>
              <summary>A module for imported quizzes.</summary>
              <lesson id="sample-one">
                <title>One</title>
                <body><p>Text.</p></body>
                <sources><source url="https://example.org/">Example</source></sources>
              </lesson>
            </module>
            """
        try Data(module.utf8).write(to: root.appendingPathComponent("Curriculum/01-sample.xml"))
        for (name, text) in files {
            try Data(text.utf8).write(to: root.appendingPathComponent("Quizzes/\(name)"))
        }
        return root
    }

    @Test(arguments: ["forms.gift", "forms.xml"])
    func anImportedBankPassesTheCurriculumCheck(name: String) throws {
        let bank = try Fixture.bank(name)
        let text = try QuizFileWriter.text(of: bank.quiz)
        let root = try content(with: ["imported.xml": text])
        let review = try ContentLoader(root: root).review()
        #expect(review.problems.isEmpty, "\(review.problems.map(\.description).joined(separator: "\n"))\n\(text)")
        let loaded = try ContentLoader(root: root).load()
        let quiz = try #require(loaded.quiz(bank.quiz.id))
        #expect(quiz.questions.map(comparable) == bank.quiz.questions.map(comparable))
    }

    @Test func theWrittenFileIsTheShippedFormat() throws {
        let bank = try Fixture.bank("forms.gift")
        let text = try QuizFileWriter.text(of: bank.quiz)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz id=\"peer-support-basics\" module=\"sample\" version=\"1\" passMark=\"80\">\n"))
        #expect(text.contains("<choice weight=\"-100\" feedback=\"No: a code is not a person.\">A billing code</choice>"))
        #expect(text.contains("<answer tolerance=\"2\" weight=\"50\" feedback=\"Close.\">2007</answer>"))
        #expect(text.contains("<distractor>Bills insurance</distractor>"))
        #expect(text.contains("<explanation>No explanation was given in the imported bank.</explanation>"))
        #expect(text.contains("<source>forms.gift</source>"))
    }

    @Test func everyShippedQuizWrittenAgainLoadsTheSame() throws {
        let curriculum = try ContentLoader(root: repository).load()
        for quiz in curriculum.quizzes {
            let root = try content(with: ["again.xml": try QuizFileWriter.text(of: quiz).replacingOccurrences(of: "module=\"\(quiz.moduleID)\"", with: "module=\"sample\"")])
            let loaded = try #require(try ContentLoader(root: root).load().quiz(quiz.id))
            var expected = quiz
            expected.moduleID = "sample"
            #expect(loaded == expected, "\(quiz.id)")
        }
    }
}
