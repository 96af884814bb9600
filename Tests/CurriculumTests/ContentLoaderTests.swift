import Foundation
import PeerTrackCore
import PeerXML
import Testing

@testable import Curriculum

private let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")
private let content = fixtures.appendingPathComponent("content")
private func bad(_ name: String) -> URL { fixtures.appendingPathComponent("bad/\(name)") }

/// Writes a throwaway file and returns its URL.
private func temporaryFile(_ name: String, _ text: String) throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("peertrack-curriculum-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let url = directory.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url
}

struct ContentLoaderTests {
    @Test func loadsEveryPartOfAModuleAndQuiz() throws {
        let curriculum = try ContentLoader(root: content).load()
        let module = try #require(curriculum.module("basics"))
        #expect(module.quizID == "basics-quiz")
        #expect(module.lessons.map(\.id) == ["basics-one"])
        #expect(module.lessons[0].blocks == [
            .heading("Start"), .paragraph("Peer support rests on shared experience."),
            .list(["One", "Two"], ordered: true), .keyPoint("Hope is contagious."),
        ])
        #expect(module.lessons[0].sources == [Source(seed: "000_8538218a0aa7575a.txt", title: "Agency website")])

        let quiz = try #require(curriculum.quiz("basics-quiz"))
        #expect(quiz.version == 2)
        #expect(quiz.passMark == 75)
        #expect(quiz.drawCount == 3)
        #expect(quiz.questionsPerAttempt == 3)
        #expect(quiz.shufflesChoices)
        #expect(quiz.ceHours == Hours(hundredths: 150))
        #expect(quiz.ceCategory == "ethics")
        #expect(quiz.questions.map(\.kind.name) == ["single", "multiple", "truefalse", "short"])
        #expect(quiz.questions[0].rule == 11)
        #expect(quiz.questions[0].kind.choices[1].feedback == "Right: no loans either way.")
        #expect(quiz.questions[2].kind == .trueFalse(false))
        #expect(quiz.questions[3].kind == .shortAnswer(["Pinel", "Philippe Pinel"]))
    }

    @Test func cleanContentHasNoDiagnostics() throws {
        #expect(try ContentLoader(root: content).check().isEmpty)
    }

    @Test func malformedXMLIsReportedWithLineAndColumn() throws {
        let diagnostics = try ContentLoader(root: content).check(paths: [bad("malformed.xml")])
        let first = try #require(diagnostics.first)
        #expect(first.file.hasSuffix("malformed.xml"))
        #expect(first.line == 5)
        #expect(first.column > 0)
        #expect(first.message.contains("mismatch"))
    }

    @Test func schemaViolationsAreReportedEachOnItsLine() throws {
        let diagnostics = try ContentLoader(root: content).check(paths: [bad("schema-violation.xml")])
        #expect(diagnostics.contains { $0.line == 2 && $0.message.contains("passMark") })
        #expect(diagnostics.contains { $0.line == 4 && $0.message.contains("essay") })
    }

    @Test func duplicateIdPointsAtBothPlaces() throws {
        let diagnostics = try ContentLoader(root: content).check(paths: [bad("duplicate-id.xml")])
        let duplicate = try #require(diagnostics.first { $0.message.contains("duplicate question id 'basics-q3'") })
        #expect(duplicate.file.hasSuffix("duplicate-id.xml"))
        #expect(duplicate.line == 4)
        #expect(duplicate.message.contains("basics-quiz.xml:"))
    }

    @Test func danglingModuleReferenceIsReported() throws {
        let diagnostics = try ContentLoader(root: content).check(paths: [bad("dangling-module.xml")])
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].line == 2)
        #expect(diagnostics[0].message.contains("module 'nowhere', which does not exist"))
    }

    @Test func singleChoiceWithoutACorrectAnswerIsReported() throws {
        let diagnostics = try ContentLoader(root: content).check(paths: [bad("no-correct-answer.xml")])
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].line == 4)
        #expect(diagnostics[0].message.contains("exactly one correct choice; it has 0"))
    }

    @Test func checkReportsEveryProblemNotJustTheFirst() throws {
        let paths = ["malformed.xml", "schema-violation.xml", "duplicate-id.xml", "dangling-module.xml", "no-correct-answer.xml"].map(bad)
        let diagnostics = try ContentLoader(root: content).check(paths: paths)
        #expect(Set(diagnostics.map { URL(fileURLWithPath: $0.file).lastPathComponent }).count == 5)
    }

    @Test func externalEntityIsRejectedAndNeverExpanded() throws {
        let secret = try temporaryFile("secret.txt", "TOP-SECRET-CONTENT-42")
        let attack = try temporaryFile("xxe.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE module [<!ENTITY xxe SYSTEM "file://\(secret.path)">]>
            <module id="x" order="9"><title>&xxe;</title><summary>s</summary></module>
            """)
        let diagnostics = try ContentLoader(root: content).check(paths: [attack])
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].message.contains("DOCTYPE"))
        #expect(diagnostics[0].line == 2)
        #expect(!diagnostics.description.contains("TOP-SECRET"))
    }

    @Test func entityExpansionBombIsRejected() throws {
        let bomb = try temporaryFile("bomb.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <module id="x" order="9"><title>&lol2;</title></module>
            """)
        let diagnostics = try ContentLoader(root: content).check(paths: [bomb])
        #expect(diagnostics.contains { $0.message.contains("DOCTYPE") })
    }

    @Test func oversizeFileIsRejectedBeforeParsing() throws {
        let padding = String(repeating: "<p>padding text for size</p>\n", count: 40_000)
        let big = try temporaryFile("big.xml", "<?xml version=\"1.0\"?>\n<module id=\"big\" order=\"9\">\(padding)</module>\n")
        let diagnostics = try ContentLoader(root: content).check(paths: [big])
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].line == 1)
        #expect(diagnostics[0].message.contains("the limit is 1048576 bytes"))
    }

    @Test func diagnosticsPrintAsFileLineColumn() {
        let diagnostic = XMLDiagnostic(file: "Quizzes/a.xml", line: 3, column: 7, message: "bad")
        #expect(diagnostic.description == "Quizzes/a.xml:3:7: bad")
    }
}

struct CheckerRulesTests {
    /// A quiz file with one question per line of interest, in a folder of its own.
    static func folder(quiz: String) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("peertrack-checker-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Quizzes"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Curriculum"), withIntermediateDirectories: true)
        try Data(quiz.utf8).write(to: root.appendingPathComponent("Quizzes/x-quiz.xml"))
        try Data("""
            <?xml version="1.0" encoding="UTF-8"?>
            <module id="x" order="1" quiz="x-quiz"><title>X</title><summary>X.</summary>
            <lesson id="x-one"><title>One</title><body><p>Text.</p></body><sources><source seed="001_d8ae2ab73cbc0f97.txt">Code</source></sources></lesson>
            </module>
            """.utf8).write(to: root.appendingPathComponent("Curriculum/01-x.xml"))
        return root
    }

    static let head = """
        <?xml version="1.0" encoding="UTF-8"?>
        <quiz id="x-quiz" module="x" version="1" passMark="80"
        """

    @Test func aCorrectChoiceItsLengthGivesAwayAndBareWrongChoicesAreWarnings() throws {
        let root = try CheckerRulesTests.folder(quiz: CheckerRulesTests.head + """
             draw="1">
              <title>X</title>
              <single id="x-q1">
                <prompt>Which?</prompt>
                <choice correct="true">A long and careful answer that explains itself at length</choice>
                <choice feedback="No.">Short one</choice>
                <choice>Another</choice>
                <explanation>Because.</explanation>
                <source seed="001_d8ae2ab73cbc0f97.txt">Code</source>
              </single>
            </quiz>
            """)
        let review = try ContentLoader(root: root).review()
        #expect(review.problems.isEmpty, "\(review.problems)")
        #expect(review.warnings.count == 2)
        #expect(review.warnings.allSatisfy { $0.file.hasSuffix("x-quiz.xml") && $0.line == 4 })
        #expect(review.warnings.contains { $0.message.contains("times as long as the longest other choice") })
        #expect(review.warnings.contains { $0.message.contains("1 wrong choice(s) without feedback (choice 3)") })
        _ = try ContentLoader(root: root).load()  // warnings do not stop loading
    }

    @Test func aSpreadDrawNeedsAQuestionForEveryDeclaredTopic() throws {
        let root = try CheckerRulesTests.folder(quiz: CheckerRulesTests.head + """
             draw="1" spread="topics">
              <title>X</title>
              <topics><topic id="a">A</topic><topic id="b">B</topic></topics>
              <truefalse id="x-q1" topic="a">
                <prompt>True?</prompt><answer>true</answer><explanation>Because.</explanation><source seed="001_d8ae2ab73cbc0f97.txt">Code</source>
              </truefalse>
              <truefalse id="x-q2" topic="c">
                <prompt>False?</prompt><answer>false</answer><explanation>Because.</explanation><source seed="001_d8ae2ab73cbc0f97.txt">Code</source>
              </truefalse>
            </quiz>
            """)
        let problems = try ContentLoader(root: root).check()
        #expect(problems.contains { $0.message.contains("topic 'b' has no question") })
        #expect(problems.contains { $0.line == 8 && $0.message.contains("its topic 'c' is not one of the quiz's topics") })
    }
}
