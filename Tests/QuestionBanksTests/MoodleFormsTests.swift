import Curriculum
import QuestionBanks
import Testing

/// The GIFT forms Moodle's importer takes that PeerTrack once refused, each read as
/// Moodle's GIFT documentation describes, in a file with other questions.
struct MoodleFormsTests {
    let bank: BankImport
    var quiz: Quiz { bank.quiz }

    init() throws {
        bank = try Fixture.bank("moodle-forms.gift")
    }

    @Test func everyQuestionOfTheFileIsImported() {
        #expect(bank.skipped.isEmpty)
        #expect(quiz.questions.count == 8)
        #expect(quiz.question(startingWith: "Who leads")?.kind.choices.map(\.isCorrect) == [true, false, false])
        #expect(quiz.question(startingWith: "Recovery is")?.kind == .trueFalse(true))
    }

    @Test func aShortAnswerWithoutAnEqualsSignAcceptsItsOneAnswer() throws {
        let question = try #require(quiz.question(startingWith: "Which word names"))
        #expect(question.id == "bare-short")
        #expect(question.kind == .shortAnswer(ShortAnswerKey([AcceptedAnswer("Mutuality")])))
    }

    @Test func textBeforeTheFirstEqualsSignIsAnAnswerToo() throws {
        let question = try #require(quiz.question(startingWith: "What is the notice"))
        #expect(question.kind == .shortAnswer(ShortAnswerKey([
            AcceptedAnswer("Notice of Privacy Practices"), AcceptedAnswer("NPP", feedback: "Its initials."),
        ])))
    }

    @Test func choicesHoldingArrowsAreAMultipleChoiceQuestion() throws {
        let question = try #require(quiz.question(startingWith: "Which order of steps"))
        #expect(question.kind == .singleChoice([
            Choice(text: "Listen -> ask -> offer options", isCorrect: true, feedback: "Right: the peer's agenda comes first."),
            Choice(text: "Offer options -> listen", isCorrect: false, feedback: "Listening comes first."),
            Choice(text: "Ask -> decide for them", isCorrect: false, feedback: "The peer decides."),
        ]))
    }

    @Test func answersThatAllHaveArrowsAndNoTildeAreStillMatching() throws {
        let question = try #require(quiz.question(startingWith: "Match each role"))
        #expect(question.kind == .matching(Matching(pairs: [
            Matching.Pair(item: "Peer specialist", answer: "Shares lived experience"),
            Matching.Pair(item: "Supervisor", answer: "Verifies CE hours"),
        ])))
    }

    @Test func feedbackForAnyOtherNumberJoinsTheExplanation() throws {
        let hours = try #require(quiz.question(startingWith: "How many CE hours"))
        #expect(hours.kind == .numerical([NumericAnswer(value: 20, tolerance: 2)]))
        #expect(hours.explanation.hasSuffix("If you gave another number: Check the renewal rules in the lesson."))
        let year = try #require(quiz.question(startingWith: "In which year"))
        #expect(year.kind == .numerical([
            NumericAnswer(value: 2007, feedback: "Right."), NumericAnswer(value: 2007, tolerance: 2, weight: Weight(percent: 50), feedback: "Close."),
        ]))
        #expect(year.explanation.hasSuffix("If you gave another number: That is too far off."))
    }

    @Test(arguments: [
        ("::A::Match these. {=a -> b =c}", "a matching answer needs"),
        ("::A::What is two plus two?{#four ~#No.}", "'four' is not a number"),
        ("::A::Pick one.{~%33%a ~b}", "the weight %33%"),
    ])
    func aBrokenQuestionStillRefusesTheWholeFile(broken: String, message: String) throws {
        let text = try Fixture.text("moodle-forms.gift") + "\n" + broken + "\n"
        let problems = Fixture.problems(Array(text.utf8), file: "mixed.gift")
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        #expect(problems.count == 1)
        #expect(problems.first?.line == line)
        #expect(problems.first?.message.contains(message) == true, "\(problems)")
    }
}
