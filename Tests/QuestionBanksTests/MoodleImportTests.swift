import Curriculum
import QuestionBanks
import Testing

struct MoodleImportTests {
    let bank: BankImport
    var quiz: Quiz { bank.quiz }

    init() throws {
        bank = try Fixture.bank("forms.xml")
    }

    @Test func theCategoryGivesTheQuizItsIdTitleAndDescription() {
        #expect(bank.format == .moodle)
        #expect(quiz.id == "confidentiality-basics")
        #expect(quiz.title == "Confidentiality basics")
        #expect(quiz.description == "Questions on *privacy*.")
        #expect(quiz.questions.count == 8)
        #expect(!quiz.shufflesChoices)
    }

    @Test func htmlBecomesTerminalTextAndTheDescriptionLeadsTheNextQuestion() throws {
        let question = try #require(quiz.questions.first)
        #expect(question.id == "phone-call")
        #expect(question.prompt == "The next question is about a phone call. A caller asks whether Sam is *your client*. • You know Sam. • Sam signed nothing. What do you say? “Yes” & <more>? [image not shown: A phone]")
        #expect(question.explanation == "Confirming that someone is a client is a disclosure.")
        #expect(question.rule == 14)
        #expect(question.value == 3)
    }

    @Test func singleChoiceKeepsFractionsIncludingNegativeOnesAndFeedback() throws {
        let question = try #require(quiz.questions.first)
        #expect(question.kind == .singleChoice([
            Choice(text: "I can neither confirm nor deny.", weight: .full, feedback: "Right: even that Sam is a client is private."),
            Choice(text: "Yes, Sam comes on Tuesdays.", weight: .zero, feedback: "That discloses Sam's care."),
            Choice(text: "Let me get Sam's file.", weight: Weight(percent: -50)),
        ]))
    }

    @Test func multipleSelectWithThirds() throws {
        let question = try #require(quiz.question(startingWith: "Which must a release"))
        #expect(question.kind == .multipleSelect([
            Choice(text: "What is shared", weight: Weight(units: 3_333_333), feedback: "Yes."),
            Choice(text: "Who receives it", weight: Weight(units: 3_333_333)),
            Choice(text: "When it expires", weight: Weight(units: 3_333_333)),
            Choice(text: "The peer's diagnosis", weight: Weight(percent: -100), feedback: "Not required."),
        ]))
        #expect(question.explanation == "A release names what, to whom and until when.")
    }

    @Test func trueFalseWithOldStyleBooleansAndFeedback() throws {
        let question = try #require(quiz.question(startingWith: "HIPAA lets"))
        #expect(question.prompt == "HIPAA lets a person sue an agency directly. Think before you answer.")
        #expect(question.kind == .trueFalse(false))
        #expect(question.explanation == "If you answered true: No private right to sue. If you answered false: Right.")
    }

    @Test func shortAnswersWithWildcardsFractionsAndCase() throws {
        let crisis = try #require(quiz.question(startingWith: "What is the *national* crisis line"))
        #expect(crisis.kind == .shortAnswer(ShortAnswerKey([
            AcceptedAnswer("988", feedback: "Yes: call or text 988."),
            AcceptedAnswer("9*8", weight: Weight(percent: 50), feedback: "Check the digits."),
        ])))
        let law = try #require(quiz.question(startingWith: "Name the federal rule"))
        #expect(law.kind == .shortAnswer(ShortAnswerKey(
            [AcceptedAnswer("Part 2"), AcceptedAnswer("42 CFR*", weight: Weight(percent: 50))], caseSensitive: true)))
    }

    @Test func numericalWithToleranceAndWithoutTheCatchAll() throws {
        let question = try #require(quiz.question(startingWith: "How many years"))
        #expect(question.kind == .numerical([
            NumericAnswer(value: 6, feedback: "Six years."), NumericAnswer(value: 7, tolerance: 0.5, weight: Weight(percent: 50)),
        ]))
        #expect(question.explanation.hasSuffix("If you gave another number: Look it up."), "the catch-all's feedback is kept")
    }

    @Test func matchingWithAnEmptySubquestionAsADistractor() throws {
        let question = try #require(quiz.question(startingWith: "Match each request"))
        guard case .matching(let matching) = question.kind else {
            Issue.record("not matching")
            return
        }
        #expect(matching.pairs.map(\.item) == ["Reading one's own record", "Releasing records to family", "Reporting suspected abuse"])
        #expect(matching.distractors == ["The peer specialist"])
        #expect(matching.options == ["The person", "The law", "The peer specialist"])
    }

    @Test func aSubcategoryIsATopicAndASourceParagraphTheSource() throws {
        let question = try #require(quiz.question(startingWith: "Suspected abuse"))
        #expect(question.namedTopic == "reporting")
        // Once a category names a topic, every question has one: a rule of conduct's its rule.
        #expect(quiz.declaredTopics == [
            QuizTopic(id: "rule-14", title: "Rule 14 of the NC CPSS Code of Ethics"), QuizTopic(id: "reporting", title: "Mandatory reporting"),
        ])
        #expect(question.source == Source(url: "https://www.ncleg.gov/", title: "NC General Statutes 7B-301"))
        #expect(question.explanation == "North Carolina law sends reports to the county department of social services.")
    }

    @Test func whatCannotBeAskedIsSkippedPerQuestionWithItsLine() throws {
        #expect(bank.skipped.map(\.type) == ["essay", "cloze", "calculated", "ddwtos"])
        #expect(bank.skipped.map(\.reason) == [.essay, .embeddedAnswers, .calculated, .dragAndDrop])
        #expect(bank.skipped[0].line == (try Fixture.line(of: "type=\"essay\"", in: "forms.xml")))
        #expect(bank.summary.hasPrefix("Imported 8 of 12 question(s) from forms.xml (Moodle XML) into quiz 'confidentiality-basics'; skipped 4: 1 because an essay"))
    }

    @Test func aGradeOtherThanOneIsNoted() {
        #expect(bank.notes.contains { $0.message.contains("worth 2 marks") })
    }

    @Test func anInvalidFractionIsAnErrorAtItsLine() throws {
        let problems = Fixture.problems(try Fixture.bytes("bad-weights.xml"), file: "bad-weights.xml")
        #expect(problems.map(\.line) == [7, 8])
        #expect(problems[0].description.hasPrefix("bad-weights.xml:7: the weight 33% (fraction=\"33\") is not one of Moodle's grades"))
    }

    @Test func aDoctypeIsRefusedAsInEveryPeerTrackFile() throws {
        let problems = Fixture.problems(try Fixture.bytes("hostile.xml"), file: "hostile.xml")
        #expect(problems.first?.line == 2)
        #expect(problems.first?.message.contains("DOCTYPE") == true)
    }

    @Test func theFormatIsToldFromTheContent() throws {
        #expect(QuestionBankFormat(guessingFrom: try Fixture.bytes("forms.xml")) == .moodle)
        #expect(QuestionBankFormat(guessingFrom: try Fixture.bytes("forms.gift")) == .gift)
        #expect(QuestionBankFormat(guessingFrom: Array("just some words\n".utf8)) == nil)
        #expect(QuestionBankFormat(guessingFrom: Array("<html></html>".utf8)) == nil)
    }
}
