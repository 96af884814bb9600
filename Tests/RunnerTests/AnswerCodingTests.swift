import Curriculum
import Runner
import Testing

struct AnswerCodingTests {
    @Test func answersAreWrittenInFileOrderLetters() {
        #expect(AnswerCoding.encode(.choices([2, 0])) == "a,c")
        #expect(AnswerCoding.encode(.truth(true)) == "true")
        #expect(AnswerCoding.encode(.text("  Notice  OF privacy ")) == "notice of privacy")
    }

    @Test func answersReadBackForTheirQuestion() {
        #expect(AnswerCoding.decode("a,c", for: Sample.multiple) == .choices([0, 2]))
        #expect(AnswerCoding.decode("false", for: Sample.trueFalse) == .truth(false))
        #expect(AnswerCoding.decode("npp", for: Sample.short) == .text("npp"))
        #expect(AnswerCoding.decode("e", for: Sample.single) == nil)
        #expect(AnswerCoding.decode("", for: Sample.single) == nil)
        #expect(AnswerCoding.decode("yes", for: Sample.trueFalse) == nil)
    }

    @Test func listsRoundTripWithSeparatorsAndBackslashes() {
        let answers = ["a,c", "true", "pipes | and \\ backslashes", "\\|", "end\\"]
        let joined = AnswerCoding.join(answers)
        #expect(joined == "a,c|true|pipes \\| and \\\\ backslashes|\\\\\\||end\\\\")
        #expect(AnswerCoding.split(joined) == answers)
    }

    @Test func anEmptyListIsAnEmptyField() {
        #expect(AnswerCoding.join([]) == "")
        #expect(AnswerCoding.split("") == [])
    }
}
