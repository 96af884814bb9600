import Curriculum
import Runner
import Testing

/// Questions from question banks: weighted choices, numerical answers, matching, and short
/// answers with weights, wildcards and case.
enum Banked {
    static let source = Source(seed: "001.txt", title: "Test")

    static let weightedSingle = Question(
        id: "w-single", prompt: "Best first step?",
        kind: .singleChoice([
            Choice(text: "Ask", weight: .full), Choice(text: "Tell", weight: Weight(percent: 50)),
            Choice(text: "Assume", weight: Weight(percent: -50), feedback: "Never assume."),
        ]),
        explanation: "Ask first.", source: source)

    static let weightedMultiple = Question(
        id: "w-multiple", prompt: "Which are values?",
        kind: .multipleSelect([
            Choice(text: "Dignity", weight: Weight(units: 3_333_333)), Choice(text: "Mutuality", weight: Weight(units: 3_333_333)),
            Choice(text: "Hope", weight: Weight(units: 3_333_333)), Choice(text: "Diagnosis", weight: Weight(percent: -100)),
        ]),
        explanation: "Three values.", source: source)

    static let numerical = Question(
        id: "numerical", prompt: "How many CE hours?",
        kind: .numerical([NumericAnswer(value: 20, feedback: "Exactly."), NumericAnswer(value: 20, tolerance: 5, weight: Weight(percent: 50), feedback: "Close.")]),
        explanation: "Twenty.", source: source)

    static let matching = Question(
        id: "matching", prompt: "Match each role.",
        kind: .matching(Matching(
            pairs: [
                Matching.Pair(item: "Peer", answer: "Shares experience"), Matching.Pair(item: "Supervisor", answer: "Verifies hours"),
                Matching.Pair(item: "Agency", answer: "Verifies hours"),
            ],
            distractors: ["Diagnoses"])),
        explanation: "Roles.", source: source)

    static let short = Question(
        id: "short", prompt: "Name the rule.",
        kind: .shortAnswer(ShortAnswerKey(
            [AcceptedAnswer("Part 2", feedback: "Right."), AcceptedAnswer("42 CFR*", weight: Weight(percent: 50), feedback: "Which part?")],
            caseSensitive: true)),
        explanation: "42 CFR Part 2.", source: source)

    static func quiz(_ questions: [Question]) -> Quiz {
        Quiz(id: "banked-quiz", moduleID: "sample", version: 1, title: "Banked", passMark: 50, questions: questions)
    }

    /// The matching question as shown with its answers in file order.
    static let matchingInOrder = AskedQuestion(question: matching, choiceOrder: [0, 1, 2])
}

struct WeightedScoringTests {
    static let singleCases: [(Set<Int>, Double)] = [([0], 1.0), ([1], 0.5), ([2], 0.0)]
    static let multipleCases: [(Set<Int>, Double)] = [([0, 1, 2], 1.0), ([0], 0.3333333), ([0, 1, 2, 3], 0.0), ([3], 0.0), ([0, 1], 0.6666666)]

    @Test(arguments: singleCases)
    func aWeightedSingleChoiceEarnsItsWeight(picked: Set<Int>, credit: Double) {
        #expect(Answer.choices(picked).credit(for: Banked.weightedSingle) == credit)
        #expect(Answer.choices(picked).isCorrect(for: Banked.weightedSingle) == (credit == 1))
    }

    @Test(arguments: multipleCases)
    func aWeightedMultipleSelectEarnsTheSumOfItsPicksWithinZeroToOne(picked: Set<Int>, credit: Double) {
        #expect(abs(Answer.choices(picked).credit(for: Banked.weightedMultiple) - credit) < 1e-6)
        #expect(Answer.choices(picked).isCorrect(for: Banked.weightedMultiple) == (credit == 1))
    }

    @Test(arguments: [(20.0, 1.0), (24.9, 0.5), (15.0, 0.5), (25.5, 0.0)])
    func aNumberEarnsTheBestAnswerWithinItsTolerance(given: Double, credit: Double) {
        #expect(Answer.number(given).credit(for: Banked.numerical) == credit)
    }

    @Test func matchingEarnsTheShareOfItemsMatchedRightly() {
        #expect(Answer.matches([0, 1, 1]).credit(for: Banked.matching) == 1)
        #expect(Answer.matches([0, 1, 1]).isCorrect(for: Banked.matching))
        #expect(abs(Answer.matches([0, 2, 1]).credit(for: Banked.matching) - 2.0 / 3) < 1e-9)
        #expect(Answer.matches([2, 2, 0]).credit(for: Banked.matching) == 0)
        #expect(Answer.matches([0]).credit(for: Banked.matching) == 0)
    }

    @Test func shortAnswersWeighWildcardsAndCase() {
        #expect(Answer.text("Part 2").credit(for: Banked.short) == 1)
        #expect(Answer.text("part 2").credit(for: Banked.short) == 0)
        #expect(Answer.text("42 CFR Part 2").credit(for: Banked.short) == 0.5)
        #expect(!Answer.text("42 CFR Part 2").isCorrect(for: Banked.short))
    }
}

struct NewKindsInputTests {
    func answer(_ input: String, _ asked: AskedQuestion) -> Answer? {
        try? AnswerParser.parse(input, for: asked).get()
    }

    @Test func numbersAreTypedWithAPointOrADecimalComma() {
        let asked = AskedQuestion(question: Banked.numerical, choiceOrder: [])
        #expect(answer("20", asked) == .number(20))
        #expect(answer(" -2.5 ", asked) == .number(-2.5))
        #expect(answer("2,5", asked) == .number(2.5))
        #expect(answer("1e3", asked) == .number(1000))
        #expect(answer("twenty", asked) == nil)
        if case .failure(let problem) = AnswerParser.parse("twenty", for: asked) {
            #expect(problem.message == "'twenty' is not a number: type a number, such as 42 or 3.5.")
        }
    }

    @Test func matchingPairsAreTypedAsNumbersAndShownLetters() {
        let asked = AskedQuestion(question: Banked.matching, choiceOrder: [2, 0, 1])
        // Shown: a) Diagnoses, b) Shares experience, c) Verifies hours.
        #expect(asked.options == ["Diagnoses", "Shares experience", "Verifies hours"])
        for input in ["1b 2c 3c", "1b,2c,3c", "1b2c3c", "3c 1b 2c", "1-b 2-c 3-c"] {
            #expect(answer(input, asked) == .matches([0, 1, 1]), "input \(input)")
        }
        if case .failure(let problem) = AnswerParser.parse("1b 2c", for: asked) {
            #expect(problem.message == "Every item needs an answer; item 3 has none.")
        }
        if case .failure(let problem) = AnswerParser.parse("1b 2c 4a", for: asked) {
            #expect(problem.message == "There is no item 4: the items are 1 to 3.")
        }
        if case .failure(let problem) = AnswerParser.parse("1b 2c 3z", for: asked) {
            #expect(problem.message == "'z' is not one of the answers: type a letter from a to c.")
        }
    }

    @Test func aMatchingQuestionCanBeAnsweredOneLetterAtATime() {
        var session = QuizSession(quiz: Banked.quiz([Banked.matching]), seed: 3)
        guard let asked = session.current else {
            Issue.record("no question")
            return
        }
        let letters = [0, 1, 1].map { asked.shownLetter(ofFileIndex: $0) }
        #expect(session.submit(letters[0]) == .invalid(InvalidAnswer("1 → \(letters[0]). Item 2 of 3: Supervisor — type the letter of its answer.")))
        #expect(session.pendingMatches == [0])
        #expect(session.submit("z") == .invalid(InvalidAnswer("'z' is not one of the answers: type a letter from a to c.")))
        _ = session.submit(letters[1])
        guard case .answered(let outcome) = session.submit(letters[2]) else {
            Issue.record("not answered")
            return
        }
        #expect(outcome.isCorrect)
        #expect(session.pendingMatches.isEmpty)
        #expect(session.encodedAnswers == ["1a 2b 3b"])
    }

    @Test func newAnswersAreRecordedAndReadBack() {
        #expect(AnswerCoding.encode(.number(2.5)) == "2.5")
        #expect(AnswerCoding.encode(.number(20)) == "20")
        #expect(AnswerCoding.encode(.matches([0, 1, 1])) == "1a 2b 3b")
        #expect(AnswerCoding.decode("2.5", for: Banked.numerical) == .number(2.5))
        #expect(AnswerCoding.decode("1a 2b 3b", for: Banked.matching) == .matches([0, 1, 1]))
        #expect(AnswerCoding.decode("1a 2b", for: Banked.matching) == nil)
        #expect(AnswerCoding.decode("1a 2b 3z", for: Banked.matching) == nil)
        #expect(AnswerCoding.encode(.text("Part 2"), for: Banked.short) == "Part 2")
        #expect(AnswerCoding.decode("Part 2", for: Banked.short) == .text("Part 2"))
        #expect(AnswerCoding.encode(.text("NPP"), for: Sample.short) == "npp")
    }

    @Test func aResumedAttemptScoresTheNewKindsAlike() throws {
        var session = QuizSession(quiz: Banked.quiz([Banked.numerical, Banked.short]), seed: 1)
        _ = session.submit("22")
        _ = session.submit("Part 2")
        let saved = SavedProgress(
            recordID: "r1", person: "jdoe", quizID: "banked-quiz", version: 1, seed: 1, questionIDs: session.draw.questionIDs,
            answers: session.encodedAnswers, started: "2026-01-01T00:00:00Z", saved: "2026-01-01T00:05:00Z")
        let resumed = try QuizSession(resuming: saved, quiz: session.quiz)
        #expect(resumed.score == session.score)
        #expect(resumed.score.correctText == "1.5")
    }
}

struct NewKindsScreenTests {
    @Test func aMatchingQuestionNumbersItsItemsAndLettersItsAnswers() {
        let text = QuizScreens.question(AskedQuestion(question: Banked.matching, choiceOrder: [2, 0, 1]), number: 1, total: 2, style: .plain)
        #expect(text == """

            Question 1 of 2
            Match each role.
              1. Peer
              2. Supervisor
              3. Agency
            Answers:
              a) Diagnoses
              b) Shares experience
              c) Verifies hours
            (pair every item with a letter from a to c, such as 1c 2a; or type one letter at a time, item 1 first)

            """)
    }

    @Test func feedbackShowsPartCreditAndTheFeedbackOfTheAnswerMatched() {
        let asked = AskedQuestion(question: Banked.numerical, choiceOrder: [])
        let text = QuizScreens.feedback(AnswerOutcome(number: 1, asked: asked, answer: .number(23)), style: .plain)
        #expect(text == """
            Not correct.
            Correct answer: 20
            Your answer: 23
            Part credit: 50% of this question.
            About your answer: Close.
            Why: Twenty.
            Source: Test (001.txt)

            """)
    }

    @Test func theRightMatchingAnswerIsShownWithTheShownLetters() {
        let asked = AskedQuestion(question: Banked.matching, choiceOrder: [2, 0, 1])
        #expect(asked.correctAnswerText == "1 → b) Shares experience; 2 → c) Verifies hours; 3 → c) Verifies hours")
        #expect(QuizScreens.hint(for: AskedQuestion(question: Banked.numerical, choiceOrder: [])) == "(type a number)")
    }

    @Test func aWeightedSingleShowsItsFullCreditChoiceAsTheAnswer() {
        let asked = AskedQuestion(question: Banked.weightedSingle, choiceOrder: [0, 1, 2])
        #expect(asked.correctAnswerText == "a) Ask")
    }
}
