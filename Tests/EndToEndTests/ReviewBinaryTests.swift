import BenchmarkKit
import Curriculum
import Foundation
import PeerTrackCLI
import Runner
import Testing

/// The built binary reviewing what was missed yesterday: answers piped, and the screen in
/// tmux at 80 columns. Yesterday's quiz is taken in-process on a clock set a day back.
struct ReviewBinaryTests {
    let store = PeerTrackProcess.temporaryStore()

    /// jdoe missed yesterday every single-choice question of the ethics quiz drawn by seed 4.
    func missedYesterday() throws -> Int {
        let yesterday = Date().addingTimeInterval(-86_400)
        func run(_ arguments: [String], input: [String] = []) -> Int32 {
            let environment = ["PEERTRACK_STORE": store.path, "PEERTRACK_CONTENT": PeerTrackProcess.repository.path]
            return CLI(
                arguments: arguments, environment: environment, console: BufferConsole(input: input, interactive: false),
                now: { yesterday }, account: "tester"
            ).run()
        }
        #expect(run(["init", "--agency", "Test Agency"]) == 0)
        #expect(run(["person", "add", "jdoe", "--name", "Jane Doe", "--login", "tester"]) == 0)
        let quiz = try #require(try ContentLoader(root: PeerTrackProcess.repository).load().quiz("ethics-quiz"))
        let draw = QuizDraw(quiz: quiz, seed: 4)
        let answers = singleChoiceMissed(draw)
        #expect(run(["quiz", "ethics-quiz", "--seed", "4"], input: answers) == 0)
        return draw.questions.filter { $0.question.kind.name == "single" }.count
    }

    @Test func pipedAnswersReviewWithTheSamePrompts() throws {
        let missed = try missedYesterday()
        guard let binary = PeerTrackProcess.binary else { throw PeerTrackProcess.Missing() }
        let input = store.appendingPathComponent("answers.txt")
        let output = store.appendingPathComponent("review.txt")
        try (["a", "", "a", "", "q"].joined(separator: "\n") + "\n").write(to: input, atomically: true, encoding: .utf8)
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["review", "--as", "jdoe", "--limit", "5"]
        process.environment = PeerTrackProcess.environment(store: store, user: "tester")
        process.standardInput = try FileHandle(forReadingFrom: input)
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let text = try String(contentsOf: output, encoding: .utf8)
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("Review: 5 questions due today"))
        #expect(text.contains("\(missed - 5) more are due; at most 5 are asked a day."))
        #expect(text.contains("Question 1 of 5"))
        // Piped answers are shown after their prompt, as at a terminal.
        #expect(text.contains("Answer (q to stop): a\n"))
        #expect(text.contains("Stopped. Your "))
        #expect(text.contains("`peertrack review --as jdoe` asks the rest."))
        #expect(!text.contains("\u{1B}["))
    }

    @Test func theReviewScreenFitsEightyColumnsInTmux() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else {
            print("skipped: tmux is not installed (apt-get install tmux)")
            return
        }
        _ = try missedYesterday()
        guard let binary = PeerTrackProcess.binary else { throw PeerTrackProcess.Missing() }
        let session = "peertrack-review-\(UUID().uuidString.prefix(8))"
        let environment = PeerTrackProcess.environment(store: store, user: "tester")
        let command = "env -i " + environment.sorted { $0.key < $1.key }.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
            + " TERM=xterm-256color '\(binary.path)' review --as jdoe; sleep 30"
        // Spawned and waited for by pid (posix_spawn, wait4), output through a file: the tmux
        // server that new-session starts keeps any pipe open.
        let log = store.appendingPathComponent("tmux.out")
        func tmux(_ arguments: [String]) throws -> String {
            _ = try ProcessTimer.run("/usr/bin/tmux", arguments, environment: ProcessInfo.processInfo.environment, output: log.path)
            return (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        }
        defer { _ = try? tmux(["kill-session", "-t", session]) }
        _ = try tmux(["new-session", "-d", "-s", session, "-x", "80", "-y", "50", command])
        func screen(waitingFor text: String) throws -> String {
            let deadline = Date().addingTimeInterval(20)
            var shown = ""
            while Date() < deadline {
                shown = try tmux(["capture-pane", "-p", "-t", session])
                if shown.contains(text) { return shown }
                Thread.sleep(forTimeInterval: 0.1)
            }
            Issue.record("timed out waiting for '\(text)'; the screen:\n\(shown)")
            return shown
        }
        let first = try screen(waitingFor: "Answer (q to stop):")
        #expect(first.contains("Review: "))
        #expect(first.contains("Question 1 of "))
        #expect(first.split(separator: "\n").allSatisfy { $0.count <= 80 })
        _ = try tmux(["send-keys", "-t", session, "a", "Enter"])
        let feedback = try screen(waitingFor: "Source: ")
        #expect(feedback.contains("Why: "))
        #expect(feedback.contains("Correct answer: "))
        #expect(feedback.split(separator: "\n").allSatisfy { $0.count <= 80 })
        _ = try tmux(["send-keys", "-t", session, "q", "Enter"])
        // After a right answer q stops at the grade prompt; after a wrong one, at the next question.
        let stopped = try screen(waitingFor: "Stopped.")
        #expect(stopped.contains("asks the rest."))
    }
}
