import PeerXML
import QuestionBanks
import Testing

/// A problem `curriculum check` finds in the quiz made from a bank is placed at the bank's
/// line of the question it is in.
struct LocatingTests {
    @Test func eachProblemNamesTheBankFileAndLine() throws {
        let bank = try Fixture.bank("moodle-forms.gift", quizID: "forms")
        let text = try QuizFileWriter.text(of: bank.quiz)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let arrows = try #require(lines.firstIndex { $0.contains("id=\"forms-q04\"") }) + 1
        let inside = arrows + 2
        let problems = [
            XMLDiagnostic(file: "tmp/forms.xml", line: 1, column: 1, message: "the file is 2000000 bytes; the limit is 1048576 bytes"),
            XMLDiagnostic(file: "tmp/forms.xml", line: inside, column: 5, message: "a problem in tmp/forms.xml"),
            XMLDiagnostic(file: "Quizzes/other.xml", line: 7, column: 3, message: "the id is also used here"),
        ]
        let located = bank.locate(problems, quizFile: "tmp/forms.xml", quizText: text)
        #expect(located.map(\.description) == [
            "moodle-forms.gift:1: in the quiz made from it: the file is 2000000 bytes; the limit is 1048576 bytes",
            "moodle-forms.gift:\(try Fixture.line(of: "::Arrows in choices::", in: "moodle-forms.gift")): in question 'forms-q04' of the quiz made from it: a problem in the quiz made from moodle-forms.gift",
            "Quizzes/other.xml:7: the id is also used here",
        ])
    }
}
