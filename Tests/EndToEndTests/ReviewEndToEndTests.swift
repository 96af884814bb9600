import Curriculum
import Foundation
import PeerTrackCLI
import Runner
import TestTools
import Testing

/// Review from the outside: the CLI in-process on a clock the test moves, the built binary
/// with piped answers, and the review screen in tmux at 80 columns.
struct ReviewEndToEndTests {
    let store = PeerTrackProcess.temporaryStore()
    let clock = MovingClock()  // 2026-01-01, noon in North Carolina
    let curriculum = try? ContentLoader(root: PeerTrackProcess.repository).load()

    func run(_ arguments: [String], input: [String] = []) -> (status: Int32, output: String, errors: String) {
        let console = BufferConsole(input: input, interactive: false)
        let clock = self.clock
        let environment = ["PEERTRACK_STORE": store.path, "PEERTRACK_CONTENT": PeerTrackProcess.repository.path]
        let status = CLI(arguments: arguments, environment: environment, console: console, now: { clock.now }, account: "tester").run()
        return (status, console.output, console.errors)
    }

    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = run(arguments + ["--json"])
        #expect(result.status == 0, "\(result.errors)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    }

    /// A roster of two specialists; jdoe misses every question of the ethics quiz's draw.
    func setUp() throws -> Quiz {
        #expect(run(["init", "--agency", "Test Agency"]).status == 0)
        #expect(run(["person", "add", "jdoe", "--name", "Jane Doe", "--login", "tester"]).status == 0)
        #expect(run(["person", "add", "ana", "--name", "Ana Diaz"]).status == 0)
        let quiz = try #require(curriculum?.quiz("ethics-quiz"))
        let draw = QuizDraw(quiz: quiz, seed: 4)
        let wrong = singleChoiceMissed(draw)
        #expect(run(["quiz", "ethics-quiz", "--seed", "4"], input: wrong).status == 0)
        return quiz
    }

    @Test func aMissedQuizComesBackTheNextDayAndResultsShowMastery() throws {
        let quiz = try setUp()
        let n = QuizDraw(quiz: quiz, seed: 4).questions.filter { $0.question.kind.name == "single" }.count
        #expect(n > 3)
        let today = try json(["results"])
        let review = try #require(today["review"] as? [String: Any])
        #expect(review["due"] as? Int == 0)
        #expect(review["next"] as? String == "2026-01-02")
        let mastery = try #require(today["mastery"] as? [[String: Any]])
        #expect(mastery.contains { $0["topic"] as? String == "rule-14" })
        #expect(mastery.allSatisfy { Set($0.keys).isSuperset(of: ["topic", "retrievability", "met", "unmet"]) })
        #expect(mastery.reduce(0) { $0 + ($1["met"] as? Int ?? 0) } >= quiz.questionsPerAttempt)
        #expect(run(["review"]).output.contains("Nothing is due for review today; the next question is due on 2026-01-02."))

        clock.advance(days: 1)
        let results = run(["results"]).output
        #expect(results.contains("Review: \(n) questions due today (`peertrack review`)."))
        #expect(results.contains("Mastery now (mean recall of the questions met, FSRS):"))
        // Every question in review is a single choice: "a" answers it, and Enter after a
        // right answer is Good (after a wrong one it is no answer, and asked again).
        let session = run(["review", "--limit", "3"], input: ["a", "", "a", "", "a", ""])
        #expect(session.status == 0)
        #expect(session.output.contains("Review: 3 questions due today"))
        #expect(session.output.contains("\(n - 3) more are due; at most 3 are asked a day."))
        #expect(session.output.contains("Question 1 of 3"))
        #expect(session.output.contains("Why: "))
        #expect(session.output.contains("Source: "))
        #expect(session.output.contains("Answer (q to stop): "))
        #expect(session.output.contains("Comes back on 2026-01-0"))
        #expect(session.output.contains("Reviewed 3: "))
        let limited = run(["review", "--limit", "2"], input: ["a"])
        #expect(limited.output.contains("the day's limit of 2"))
        #expect(try json(["results"])["review"] as? [String: Any] != nil)
        #expect(run(["review", "--limit", "0"]).status == 64)
        #expect(run(["review", "a", "b"]).status == 64)
        #expect(run(["review", "no-such-quiz"]).status == 1)
    }

    @Test func supervisorsSeeCountsAndMeansAcrossSpecialists() throws {
        _ = try setUp()
        clock.advance(days: 3)
        let report = try json(["report", "mastery"])
        #expect(report["specialists"] as? Int == 2)
        let topics = try #require(report["topics"] as? [[String: Any]])
        let met = topics.filter { ($0["specialists"] as? Int ?? 0) > 0 }
        #expect(!met.isEmpty && met.allSatisfy { $0["specialists"] as? Int == 1 })
        let recall = met.compactMap { $0["retrievability"] as? Double }
        #expect(recall == recall.sorted(), "weakest first")
        #expect(recall.allSatisfy { $0 > 0 && $0 < 1 })
        #expect(!String(describing: report).contains("answers"))
        let csv = run(["report", "mastery", "--csv"]).output
        #expect(csv.hasPrefix("topic,title,specialists met,mean retrievability,questions met,questions never met\r\n"))
        let text = run(["report", "mastery"]).output
        #expect(text.contains("Mastery on 2026-01-04 across 2 specialists, weakest first;"))
        let page = FileManager.default.temporaryDirectory.appendingPathComponent("peertrack-dashboard-\(UUID().uuidString).html")
        defer { try? FileManager.default.removeItem(at: page) }
        let written = run(["report", "html", "-o", page.path])
        #expect(written.status == 0, "\(written.errors)")
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("<h2 id=\"mastery-heading\">Weakest topics of the code</h2>"))
        #expect(html.contains("Across 2 specialists"))
    }
}

/// Answers to a draw that miss every single-choice question and get the others right.
func singleChoiceMissed(_ draw: QuizDraw) -> [String] {
    draw.questions.map { asked -> String in
        let correct = asked.choices.enumerated().filter(\.element.isCorrect).map { AskedQuestion.letter($0.offset) }
        switch asked.question.kind {
        case .singleChoice: return AskedQuestion.letter(asked.choices.firstIndex { !$0.isCorrect } ?? 0)
        case .multipleSelect: return correct.joined(separator: ",")
        case .trueFalse(let value): return value ? "t" : "f"
        case .shortAnswer(let key): return key.answers.first?.text ?? ""
        default: return ""
        }
    }
}
