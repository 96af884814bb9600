import Curriculum
import Runner
import Testing

struct AnswerParserTests {
    let single = AskedQuestion(question: Sample.single, choiceOrder: [3, 1, 0, 2])
    let multiple = AskedQuestion(question: Sample.multiple, choiceOrder: [0, 1, 2])
    let trueFalse = AskedQuestion(question: Sample.trueFalse, choiceOrder: [])
    let short = AskedQuestion(question: Sample.short, choiceOrder: [])

    func answer(_ input: String, _ asked: AskedQuestion) -> Answer? {
        try? AnswerParser.parse(input, for: asked).get()
    }

    func problem(_ input: String, _ asked: AskedQuestion) -> String? {
        if case .failure(let problem) = AnswerParser.parse(input, for: asked) { return problem.message }
        return nil
    }

    @Test func aLetterPicksTheShownChoice() {
        #expect(answer("b", single) == .choices([1]))
        #expect(answer(" A ", single) == .choices([3]))
    }

    @Test func multipleSelectTakesCommasSpacesOrRunTogetherLetters() {
        for input in ["a,c", "a, c", "ac", "c a", "A,C", "a,c,a"] {
            #expect(answer(input, multiple) == .choices([0, 2]), "input \(input)")
        }
    }

    @Test func trueFalseTakesLettersAndWords() {
        #expect(answer("t", trueFalse) == .truth(true))
        #expect(answer("TRUE", trueFalse) == .truth(true))
        #expect(answer("f", trueFalse) == .truth(false))
        #expect(answer("false", trueFalse) == .truth(false))
        #expect(problem("maybe", trueFalse)?.contains("t for true or f for false") == true)
    }

    @Test func shortAnswersAreNormalized() {
        #expect(answer("  Notice  of privacy\tPRACTICES ", short) == .text("notice of privacy practices"))
    }

    @Test func aLetterOutOfRangeIsExplained() {
        #expect(problem("z", single) == "'z' is not one of the choices: there are 4, so type a letter from a to d.")
        #expect(problem("a,d", multiple)?.contains("'d' is not one of the choices") == true)
    }

    @Test func emptyInputIsExplainedForEveryKind() {
        #expect(problem("", single) == "No answer given: type a letter from a to d.")
        #expect(problem("  ", multiple)?.hasPrefix("No answer given") == true)
        #expect(problem("", trueFalse)?.hasPrefix("No answer given") == true)
        #expect(problem("", short)?.hasPrefix("No answer given") == true)
    }

    @Test func singleChoiceRefusesSeveralLettersAndNonLetters() {
        #expect(problem("a,b", single) == "This question takes one answer: type a letter from a to d.")
        #expect(problem("2", single) == "'2' is not a letter: type a letter from a to d.")
    }
}
