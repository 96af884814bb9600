import Curriculum
import QuestionBanks
import Testing

struct GIFTImportTests {
    let bank: BankImport
    var quiz: Quiz { bank.quiz }

    init() throws {
        bank = try Fixture.bank("forms.gift")
    }

    @Test func theCategoryNamesTheQuiz() {
        #expect(bank.format == .gift)
        #expect(quiz.id == "peer-support-basics")
        #expect(quiz.title == "Peer support basics")
        #expect(quiz.moduleID == "sample")
        #expect(quiz.questions.count == 14)
    }

    @Test func choicesWithFeedbackGeneralFeedbackAndTheCommentMarks() throws {
        let question = try #require(quiz.questions.first)
        #expect(question.id == "gift-single")
        #expect(question.rule == 5)
        #expect(question.prompt == "Read each question carefully; some have more than one right answer. A peer asks you to meet at 3 pm and you agree. What does the Code ask of you?")
        #expect(question.kind == .singleChoice([
            Choice(text: "Keep the appointment or let them know early.", isCorrect: true, feedback: "Right: honor your commitments."),
            Choice(text: "Come if nothing better turns up.", isCorrect: false, feedback: "That breaks trust."),
            Choice(text: "Send a coworker without telling them.", isCorrect: false),
        ]))
        #expect(question.explanation == "Rule 5 asks you to keep the commitments you make.")
        #expect(question.source == Source(title: "forms.gift"))
    }

    @Test func weightsIncludingNegativeOnesMakeAMultipleSelect() throws {
        let question = try #require(quiz.question(startingWith: "Which of these are natural supports?"))
        #expect(question.kind == .multipleSelect([
            Choice(text: "Family", weight: Weight(percent: 50), feedback: "Yes."),
            Choice(text: "A faith community", weight: Weight(percent: 50)),
            Choice(text: "A billing code", weight: Weight(percent: -100), feedback: "No: a code is not a person."),
        ]))
        #expect(question.id == "peer-support-basics-q02")
        #expect(question.explanation == "No explanation was given in the imported bank.")
    }

    @Test func trueFalseWithAndWithoutFeedback() throws {
        #expect(try #require(quiz.question(startingWith: "Recovery is")).kind == .trueFalse(true))
        let diagnosis = try #require(quiz.question(startingWith: "Peer specialists diagnose"))
        #expect(diagnosis.kind == .trueFalse(false))
        #expect(diagnosis.explanation == "If you answered true: Peers do not diagnose. If you answered false: Right: diagnosis is outside the peer role.")
    }

    @Test func shortAnswersWithWeightsAndFeedback() throws {
        let question = try #require(quiz.question(startingWith: "What document"))
        #expect(question.kind == .shortAnswer(ShortAnswerKey([
            AcceptedAnswer("Notice of Privacy Practices", feedback: "Exactly."),
            AcceptedAnswer("privacy notice", weight: Weight(percent: 50), feedback: "Close: its full name is the Notice of Privacy Practices."),
            AcceptedAnswer("NPP"),
        ])))
    }

    @Test func numericalWithToleranceRangeAndWeights() throws {
        #expect(try #require(quiz.question(startingWith: "How many hours")).kind == .numerical([NumericAnswer(value: 20, tolerance: 2)]))
        #expect(try #require(quiz.question(startingWith: "A number between")).kind == .numerical([NumericAnswer(value: 3, tolerance: 2)]))
        #expect(try #require(quiz.question(startingWith: "When was the first")).kind == .numerical([
            NumericAnswer(value: 2007, tolerance: 0, feedback: "Right."),
            NumericAnswer(value: 2007, tolerance: 2, weight: Weight(percent: 50), feedback: "Close."),
        ]))
    }

    @Test func matchingWithADistractor() throws {
        let question = try #require(quiz.question(startingWith: "Match each role"))
        #expect(question.kind == .matching(Matching(
            pairs: [
                Matching.Pair(item: "Peer specialist", answer: "Shares lived experience"),
                Matching.Pair(item: "Supervisor", answer: "Verifies CE hours"),
                Matching.Pair(item: "Clinician", answer: "Makes a diagnosis"),
            ],
            distractors: ["Bills insurance"])))
    }

    @Test func answersInMidSentenceLeaveABlank() throws {
        let question = try #require(quiz.question(startingWith: "Peer support is built on"))
        #expect(question.prompt == "Peer support is built on _____ and shared experience.")
        #expect(question.kind.choices.map(\.text) == ["mutuality", "hierarchy", "charity"])
        #expect(question.kind.choices.map(\.isCorrect) == [true, false, false])
    }

    @Test func essaysAreSkippedWithTheirLine() throws {
        #expect(bank.skipped == [SkippedQuestion(
            file: "forms.gift", line: try Fixture.line(of: "::Essay::", in: "forms.gift"), name: "Essay", type: "essay", reason: .essay)])
        #expect(bank.summary == "Imported 14 of 15 question(s) from forms.gift (GIFT) into quiz 'peer-support-basics'; skipped 1: 1 because an essay needs a person to mark it.")
        #expect(bank.skipped[0].description.hasPrefix("forms.gift:\(bank.skipped[0].line): skipped essay question 'Essay'"))
    }

    @Test func markdownHTMLAndPlainTextBecomeTerminalText() throws {
        #expect(quiz.question(startingWith: "Which is *not* a value of the Code?") != nil)
        #expect(quiz.question(startingWith: "Choose the *best* answer & explain.") != nil)
        #expect(quiz.question(startingWith: "Peer specialists diagnose mental illness.") != nil)
    }

    @Test func everyEscapeIsText() throws {
        let question = try #require(quiz.question(startingWith: "Which of these is written"))
        #expect(question.prompt == "Which of these is written with GIFT's escapes: ~ = # { } \\ and a break?")
        #expect(question.kind.choices == [
            Choice(text: "a ~ b = c", isCorrect: true, feedback: "one # two"), Choice(text: "{braces}", isCorrect: false),
        ])
    }

    @Test func aDescriptionIsShownWithTheNextQuestion() throws {
        #expect(quiz.question(startingWith: "Think about your first week on the job. Who checks your CE hours?") != nil)
        #expect(bank.notes.contains { $0.message.contains("description") })
    }

    @Test(arguments: [("\\~", "~"), ("\\=", "="), ("\\#", "#"), ("\\{", "{"), ("\\}", "}"), ("\\:", ":"), ("\\\\", "\\"), ("a\\nb", "a b")])
    func eachEscapeReadsAsItsCharacter(written: String, read: String) throws {
        let text = "::Escape::[plain]Pick \(written) now{=yes \(written) ~no}"
        let quiz = try QuestionBankImporter.importBank(Array(text.utf8), file: "e.gift", options: BankImportOptions(moduleID: "m")).quiz
        #expect(quiz.questions[0].prompt == "Pick \(read) now")
        #expect(quiz.questions[0].kind.choices[0].text == "yes \(read)")
    }

    @Test func windowsLineEndingsAndAByteOrderMarkAreAccepted() throws {
        let text = try Fixture.text("forms.gift").replacingOccurrences(of: "\n", with: "\r\n")
        let windows = try QuestionBankImporter.importBank(
            Array("\u{FEFF}".utf8) + Array(text.utf8), file: "forms.gift", options: BankImportOptions(moduleID: "sample"))
        #expect(windows.format == .gift)
        #expect(windows.quiz == quiz)
        #expect(windows.skipped == bank.skipped)
    }

    @Test func anInvalidWeightIsAnErrorAtItsLine() throws {
        let problems = Fixture.problems(try Fixture.bytes("bad-weights.gift"), file: "bad-weights.gift")
        #expect(problems.map(\.line) == [4, 5])
        #expect(problems[0].description.hasPrefix("bad-weights.gift:4: the weight %33% is not one of Moodle's grades; use one of 100, 90, 83.33333,"))
    }

    @Test func brokenQuestionsAreErrorsAtTheirLines() throws {
        let problems = Fixture.problems(try Fixture.bytes("broken.gift"), file: "broken.gift")
        #expect(problems.map(\.line) == [1, 3])
        #expect(problems[0].message.contains("braces"))
        #expect(problems[1].message.contains("'four' is not a number"))
    }

    @Test func aBankOfEssaysOnlyImportsNothing() throws {
        #expect(throws: QuestionBankError.self) { try Fixture.bank("only-essays.gift") }
    }
}
