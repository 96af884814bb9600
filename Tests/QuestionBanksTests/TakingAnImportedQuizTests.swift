import Curriculum
import QuestionBanks
import Runner
import Testing

/// A bank imported and taken in the runner, answers given as a person types them: partial
/// credit from weights, tolerances and matching is scored.
struct TakingAnImportedQuizTests {
    @Test func aGIFTBankIsTakenWithPartialCredit() throws {
        let text = """
            $CATEGORY: $course$/top/Imported

            ::Supports::Which are natural supports?{~%50%Family ~%50%Friends ~%-100%A billing code}

            ::Hours::How many CE hours does a renewal need?{#=20:0 =%50%20:5}

            ::Roles::Match each role.{=Peer -> Shares experience =Supervisor -> Verifies hours = -> Bills insurance}

            ::Crisis::What number is the crisis line?{=988 =%50%9*8}
            """
        let quiz = try QuestionBankImporter.importBank(Array(text.utf8), file: "bank.gift", options: BankImportOptions(moduleID: "imported")).quiz
        var session = QuizSession(quiz: quiz, seed: 7)
        var credits: [Double] = []
        func submit(_ input: String) {
            if case .answered(let outcome) = session.submit(input) { credits.append(outcome.credit) }
        }
        // One right support picked: 50%.
        let supports = try #require(session.current)
        submit(supports.shownLetter(ofFileIndex: 0))
        // 23 is within the 50% answer's tolerance only.
        submit("23")
        // Item 1 right, item 2 given the distractor: half the items, typed one letter at a time.
        let roles = try #require(session.current)
        guard case .matching(let matching) = roles.question.kind else { throw Unexpected() }
        let options = matching.options
        let peer = roles.shownLetter(ofFileIndex: try #require(options.firstIndex(of: "Shares experience")))
        let distractor = roles.shownLetter(ofFileIndex: try #require(options.firstIndex(of: "Bills insurance")))
        #expect(session.submit(peer) == .invalid(InvalidAnswer("1 → \(peer). Item 2 of 2: Supervisor — type the letter of its answer.")))
        submit(distractor)
        // The wildcard answer: 50%.
        submit("9 to 8")
        #expect(credits == [0.5, 0.5, 0.5, 0.5])
        #expect(session.isFinished)
        #expect(session.score.correctText == "2")
        #expect(session.score.percent == 50)
        #expect(session.encodedAnswers == ["a", "23", "1a 2c", "9 to 8"])
    }

    struct Unexpected: Error {}
}
