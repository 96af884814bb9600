import Curriculum
import Foundation
import PeerTrackCLI
import Runner
import Testing

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

// Lessons and quizzes from the outside: the CLI in-process, the built binary with piped
// answers, and the binary in a pseudo-terminal driven through the menu.

/// The repository (three levels up from this file), which holds the curriculum.
private let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// A store folder that is removed when the test holding it ends.
private final class Scratch {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("peertrack-runner-e2e-\(UUID().uuidString)")

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}

private let curriculum: Curriculum? = try? ContentLoader(root: repositoryRoot).load()

/// The answers that get every question of a draw right, as typed.
func rightAnswers(_ quiz: Quiz, seed: UInt64) -> [String] {
    QuizDraw(quiz: quiz, seed: seed).questions.map { asked in
        switch asked.question.kind {
        case .singleChoice, .multipleSelect:
            return asked.choices.enumerated().filter(\.element.isCorrect).map { AskedQuestion.letter($0.offset) }.joined(separator: ",")
        case .trueFalse(let value):
            return value ? "t" : "f"
        case .shortAnswer(let accepted):
            return accepted[0]
        case .numerical, .matching:
            return ""
        }
    }
}

/// Answers that get every question wrong.
private func wrongAnswers(_ quiz: Quiz, seed: UInt64) -> [String] {
    QuizDraw(quiz: quiz, seed: seed).questions.map { asked in
        switch asked.question.kind {
        case .singleChoice:
            return AskedQuestion.letter(asked.choices.firstIndex { !$0.isCorrect } ?? 0)
        case .multipleSelect:
            // Every choice decided wrongly: the wrong ones picked, the right ones left.
            return asked.choices.indices.filter { !asked.choices[$0].isCorrect }.map(AskedQuestion.letter).joined(separator: ",")
        case .trueFalse(let value):
            return value ? "f" : "t"
        case .shortAnswer:
            return "no idea"
        case .numerical, .matching:
            return ""
        }
    }
}

private func decodeJSON(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8))
}

private func stripEscapes(_ text: String) -> String {
    text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression).replacingOccurrences(of: "\r", with: "")
}

// MARK: - In-process

struct RunnerCLITests {
    private let scratch = Scratch()
    private var store: URL { scratch.url }

    func run(_ arguments: [String], input: [String] = [], interactive: Bool = false) -> (status: Int32, console: BufferConsole) {
        let console = BufferConsole(input: input, interactive: interactive)
        let environment = ["PEERTRACK_STORE": store.path, "PEERTRACK_CONTENT": repositoryRoot.path]
        let cli = CLI(
            arguments: arguments, environment: environment, console: console, now: { Date(timeIntervalSince1970: 1_767_225_600) },
            account: "tester")
        return (cli.run(), console)
    }

    func setUpRoster() {
        _ = run(["init", "--agency", "Test Agency"])
        _ = run(["person", "add", "jdoe", "--name", "Jane Doe", "--login", "tester"])
    }

    @Test func helpListsTheRunnerCommands() {
        let output = run(["--help"]).console.output
        for command in ["learn", "quiz", "results"] {
            #expect(output.contains("  \(command) "))
        }
    }

    @Test func anUnknownQuizListsTheQuizzesAndExits1() {
        let (status, console) = run(["quiz", "no-such-quiz"])
        #expect(status == 1)
        #expect(console.errors.contains("no quiz 'no-such-quiz'; the quizzes are: history-quiz, peer-support-quiz"))
    }

    @Test func anUnknownModuleListsTheModulesAndExits1() {
        let (status, console) = run(["learn", "no-such-module"])
        #expect(status == 1)
        #expect(console.errors.contains("no module 'no-such-module'; the modules are: history, peer-support"))
    }

    @Test func badOptionsAreUsageErrors() {
        #expect(run(["quiz", "ethics-quiz", "--seed", "abc"]).status == 64)
        #expect(run(["quiz", "ethics-quiz", "--seed", "1", "--resume"]).status == 64)
        #expect(run(["quiz", "ethics-quiz", "--practice", "--resume"]).status == 64)
        #expect(run(["quiz"]).status == 64)
        #expect(run(["results", "a", "b"]).status == 64)
        #expect(run(["quiz", "ethics-quiz", "--as", "nobody"]).status == 1)
    }

    @Test func aQuizTakenWithPipedAnswersIsRecordedAndInResults() throws {
        setUpRoster()
        let quiz = try #require(curriculum?.quiz("history-quiz"))
        let (status, console) = run(["quiz", "history", "--seed", "21"], input: rightAnswers(quiz, seed: 21))
        let n = quiz.questionsPerAttempt
        #expect(status == 0)
        #expect(console.output.contains("Question \(n) of \(n)"))
        #expect(console.output.contains("Score: \(n) of \(n) (100%)"))
        #expect(!console.output.contains("\u{1B}["))
        let results = run(["results", "--json"]).console.output
        let json = try #require(try decodeJSON(results) as? [String: Any])
        #expect(json["person"] as? String == "jdoe")
        let best = try #require((json["best"] as? [[String: Any]])?.first)
        #expect(best["quiz"] as? String == "history-quiz")
        #expect(best["score"] as? Int == 100)
        #expect(best["passed"] as? Bool == true)
        let text = run(["results"]).console.output
        #expect(text.contains("history-quiz          100%  yes     1"))
    }

    @Test func resumingWithNothingSavedIsAnError() {
        setUpRoster()
        let (status, console) = run(["quiz", "ethics-quiz", "--resume"])
        #expect(status == 1)
        #expect(console.errors.contains("jdoe has no saved attempt at ethics-quiz to resume"))
    }

    @Test func learnRecordsLessonsReadToTheEnd() throws {
        setUpRoster()
        let module = try #require(curriculum?.module("history"))
        let (status, console) = run(["learn", "history"], input: Array(repeating: "", count: 200))
        #expect(status == 0)
        #expect(console.output.contains("You have read every lesson of \(module.title)."))
        let log = run(["log"]).console.output
        #expect(log.components(separatedBy: "  lesson  ").count - 1 == module.lessons.count)
    }

    @Test func withoutATerminalNoArgumentsPrintsHelpAndOnATerminalTheMenu() {
        #expect(run([]).console.output.contains("Usage: peertrack"))
        let (status, console) = run([], input: ["q"], interactive: true)
        #expect(status == 0)
        #expect(console.output.contains("0 of 6 modules done"))
        #expect(console.output.contains("Next: read"))
    }
}

// MARK: - The built binary

/// Bytes read from a descriptor on a thread of their own until it closes.
private final class Collector: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private var done = false

    init(_ descriptor: Int32) {
        Thread { [self] in
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(descriptor, &buffer, buffer.count)
                if count <= 0 { break }
                lock.lock()
                data.append(contentsOf: buffer[0..<count])
                lock.unlock()
            }
            lock.lock()
            done = true
            lock.unlock()
        }.start()
    }

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: data, as: UTF8.self)
    }

    var isDone: Bool {
        lock.lock()
        defer { lock.unlock() }
        return done
    }
}

/// A running `peertrack` whose output (and error output, if read apart) is collected as it
/// comes.
private final class RunningBinary: @unchecked Sendable {
    let process = Process()
    private let outputCollector: Collector
    private let errorCollector: Collector?

    /// The binary next to the test bundle (or in the package's build folders).
    static let url: URL? = {
        var folders = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        if let first = CommandLine.arguments.first { folders.append(URL(fileURLWithPath: first).deletingLastPathComponent()) }
        folders += [".build-runner/debug", ".build/debug"].map { repositoryRoot.appendingPathComponent($0) }
        return folders.map { $0.appendingPathComponent("peertrack") }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    static func environment(store: URL, extra: [String: String] = [:]) -> [String: String] {
        var environment = [
            "PATH": "/usr/bin:/bin", "HOME": store.path, "USER": "tester", "LOGNAME": "tester", "TERM": "xterm-256color",
            "PEERTRACK_STORE": store.path, "PEERTRACK_CONTENT": repositoryRoot.path,
        ]
        environment.merge(extra) { _, new in new }
        return environment
    }

    /// Starts the binary (or `launcher`, which runs it); `reading` is the descriptor its
    /// output arrives on, `readingErrors` that of its error output when kept apart.
    init(
        _ arguments: [String], environment: [String: String], input: FileHandle, output: FileHandle, error: FileHandle,
        reading descriptor: Int32, readingErrors errorDescriptor: Int32? = nil, through launcher: URL? = nil
    ) throws {
        guard let url = RunningBinary.url else { throw BinaryMissing() }
        process.executableURL = launcher ?? url
        process.arguments = arguments
        process.environment = environment
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        outputCollector = Collector(descriptor)
        errorCollector = errorDescriptor.map(Collector.init)
    }

    var output: String { outputCollector.text }
    var errors: String { errorCollector?.text ?? "" }

    /// Waits until the output (escape codes removed) contains `text`.
    func wait(for text: String, timeout: TimeInterval = 30) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while !stripEscapes(output).contains(text) {
            guard Date() < deadline, process.isRunning || !readingDone else {
                throw Timeout(waitingFor: text, output: stripEscapes(output))
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
    }

    /// Waits for the process to end and its output to be read; stops it after `timeout`.
    func finish(timeout: TimeInterval = 30) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning || !readingDone {
            guard Date() < deadline else {
                process.terminate()
                throw Timeout(waitingFor: "the end", output: stripEscapes(output))
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return process.terminationStatus
    }

    private var readingDone: Bool {
        outputCollector.isDone && errorCollector?.isDone != false
    }

    struct Timeout: Error, CustomStringConvertible {
        var waitingFor: String
        var output: String
        var description: String { "timed out waiting for '\(waitingFor)'; output so far:\n\(output)" }
    }

    struct BinaryMissing: Error, CustomStringConvertible {
        var description: String { "the peertrack binary was not found next to the tests; build it first (swift build)" }
    }
}

/// Runs the binary to the end (at most `timeout` seconds) with `input` piped in.
private func runBinary(
    _ arguments: [String], store: URL, input: String = "", environment extra: [String: String] = [:], timeout: TimeInterval = 30
) throws -> (status: Int32, output: String, errors: String) {
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    let running = try RunningBinary(
        arguments, environment: RunningBinary.environment(store: store, extra: extra), input: stdin.fileHandleForReading,
        output: stdout.fileHandleForWriting, error: stderr.fileHandleForWriting, reading: stdout.fileHandleForReading.fileDescriptor,
        readingErrors: stderr.fileHandleForReading.fileDescriptor)
    try stdout.fileHandleForWriting.close()
    try stderr.fileHandleForWriting.close()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let status = try running.finish(timeout: timeout)
    return (status, running.output, running.errors)
}

private func setUpRoster(_ store: URL) throws {
    #expect(try runBinary(["init", "--agency", "Test Agency"], store: store).status == 0)
    #expect(try runBinary(["person", "add", "jdoe", "--name", "Jane Doe", "--login", PeerTrackProcess.account], store: store).status == 0)
}

/// The records of one kind, from `peertrack log --json`.
private func loggedRecords(_ kind: String, store: URL) throws -> [[String: Any]] {
    let log = try runBinary(["log", "--json"], store: store)
    let records = try #require(try decodeJSON(log.output) as? [[String: Any]])
    return records.filter { $0["kind"] as? String == kind }
}

struct RunnerBinaryTests {
    private let scratch = Scratch()
    private var store: URL { scratch.url }

    @Test func passingWithPipedAnswersRecordsTheAttemptAndTheCEHours() throws {
        try setUpRoster(store)
        let quiz = try #require(curriculum?.quiz("ethics-quiz"))
        let module = try #require(curriculum?.module(quiz.moduleID))
        let n = quiz.questionsPerAttempt
        // The module's hours need every lesson read as well as the quiz passed.
        let reading = try runBinary(["learn", module.id], store: store, input: String(repeating: "\n", count: 200))
        #expect(reading.status == 0, "\(reading.errors)")
        // A draw that opens with a choice question, which "z" is not an answer to.
        let seed = try #require((UInt64(4711)...5711).first { seed in
            if case .singleChoice = QuizDraw(quiz: quiz, seed: seed).questions[0].question.kind { return true }
            return false
        })
        let answers = rightAnswers(quiz, seed: seed)
        let result = try runBinary(["quiz", "ethics-quiz", "--seed", String(seed)], store: store, input: (["z", ""] + answers).joined(separator: "\n") + "\n")
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("Question 4 of \(n)"))
        #expect(result.output.contains("'z' is not one of the choices"))
        #expect(result.output.contains("No answer given"))
        #expect(result.output.contains("Source: NC CPSS Code of Ethics"))
        #expect(result.output.contains("Score: \(n) of \(n) (100%)"))
        #expect(result.output.contains("Passed: the pass mark is 80%."))
        #expect(!result.output.contains("\u{1B}["), "no escape codes when the output is not a terminal")

        let attempt = try #require(try loggedRecords("attempt", store: store).first)
        let fields = try #require(attempt["fields"] as? [String: String])
        #expect(fields["person"] == "jdoe")
        #expect(fields["quiz"] == "ethics-quiz")
        #expect(fields["version"] == String(quiz.version))
        #expect(fields["seed"] == String(seed))
        #expect(fields["questions"] == QuizDraw(quiz: quiz, seed: seed).questionIDs.joined(separator: ","))
        #expect(fields["answers"]?.split(separator: "|").count == n)
        #expect(fields["correct"] == String(n))
        #expect(fields["asked"] == String(n))
        #expect(fields["score"] == "100")
        #expect(fields["passed"] == "true")
        #expect(fields["started"] != nil && fields["ended"] != nil)

        let ce = try runBinary(["ce", "list", "jdoe", "--json"], store: store)
        let entries = try #require(try decodeJSON(ce.output) as? [[String: Any]])
        #expect(entries.count == 1)
        #expect(entries.first?["category"] as? String == "ethics")
        #expect(entries.first?["hours"] as? String == "1")
        #expect(entries.first?["provider"] as? String == "in-service")
        #expect(entries.first?["title"] as? String == "Module completed: \(module.title)")
        #expect(entries.first?["attempt"] as? String == attempt["id"] as? String)
        #expect(entries.first?["verifiedBy"] == nil)
    }

    @Test func failingStillExits0AndAddsNoCE() throws {
        try setUpRoster(store)
        let quiz = try #require(curriculum?.quiz("ethics-quiz"))
        let result = try runBinary(
            ["quiz", "ethics-quiz", "--seed", "5"], store: store, input: wrongAnswers(quiz, seed: 5).joined(separator: "\n") + "\n")
        let n = quiz.questionsPerAttempt
        #expect(result.status == 0)
        #expect(result.output.contains("Score: 0 of \(n) (0%)"))
        #expect(result.output.contains("Not passed: the pass mark is 80%; \((80 * n + 99) / 100) correct answers pass."))
        #expect(result.output.contains("Review of missed questions (\(n))"))
        #expect(try loggedRecords("attempt", store: store).first?["fields"].flatMap { $0 as? [String: String] }?["passed"] == "false")
        #expect(try loggedRecords("ce", store: store).isEmpty)
    }

    @Test func endOfInputSavesAndResumeFinishesTheSameDraw() throws {
        try setUpRoster(store)
        let quiz = try #require(curriculum?.quiz("peer-support-quiz"))
        let answers = rightAnswers(quiz, seed: 99)
        let n = quiz.questionsPerAttempt
        let first = try runBinary(["quiz", "peer-support-quiz", "--seed", "99"], store: store, input: answers.prefix(5).joined(separator: "\n") + "\n")
        #expect(first.status == 1)
        #expect(first.output.contains("Saved your answers to 5 of \(n) questions"))
        #expect(try loggedRecords("progress", store: store).count == 1)

        let second = try runBinary(["quiz", "peer-support-quiz", "--resume"], store: store, input: answers.dropFirst(5).joined(separator: "\n") + "\n")
        #expect(second.status == 0, "\(second.errors)")
        #expect(second.output.contains("Continuing at question 6 of \(n)."))
        #expect(!second.output.contains("Question 5 of \(n)"))
        #expect(second.output.contains("Score: \(n) of \(n) (100%)"))
        let results = try runBinary(["results", "jdoe", "--json"], store: store)
        let json = try #require(try decodeJSON(results.output) as? [String: Any])
        let attempts = try #require(json["attempts"] as? [[String: Any]])
        #expect(attempts.count == 1)
        #expect(attempts.first?["seed"] as? String == "99")
        #expect((json["saved"] as? [Any])?.isEmpty == true)
    }

    @Test func ctrlCSavesTheAttemptInProgress() throws {
        try setUpRoster(store)
        let quiz = try #require(curriculum?.quiz("peer-support-quiz"))
        let answers = rightAnswers(quiz, seed: 3)
        let n = quiz.questionsPerAttempt
        let stdin = Pipe()
        let stdout = Pipe()
        let running = try RunningBinary(
            ["quiz", "peer-support-quiz", "--seed", "3"], environment: RunningBinary.environment(store: store),
            input: stdin.fileHandleForReading, output: stdout.fileHandleForWriting, error: stdout.fileHandleForWriting,
            reading: stdout.fileHandleForReading.fileDescriptor)
        try stdout.fileHandleForWriting.close()
        stdin.fileHandleForWriting.write(Data((answers.prefix(2).joined(separator: "\n") + "\n").utf8))
        try running.wait(for: "Question 3 of \(n)")
        Thread.sleep(forTimeInterval: 0.2)
        running.process.interrupt()
        let status = try running.finish()
        try stdin.fileHandleForWriting.close()
        #expect(status == 130)
        #expect(stripEscapes(running.output).contains("Saved your answers to 2 of \(n) questions"))
        let progress = try #require(try loggedRecords("progress", store: store).first?["fields"] as? [String: String])
        #expect(progress["seed"] == "3")
        #expect(progress["answers"]?.split(separator: "|").count == 2)
    }

    @Test func theStoreIsNotLockedWhileAQuizWaitsForAnAnswer() throws {
        try setUpRoster(store)
        let stdin = Pipe()
        let stdout = Pipe()
        let running = try RunningBinary(
            ["quiz", "ethics-quiz", "--seed", "1"], environment: RunningBinary.environment(store: store),
            input: stdin.fileHandleForReading, output: stdout.fileHandleForWriting, error: stdout.fileHandleForWriting,
            reading: stdout.fileHandleForReading.fileDescriptor)
        try stdout.fileHandleForWriting.close()
        defer { if running.process.isRunning { running.process.terminate() } }
        let quiz = try #require(curriculum?.quiz("ethics-quiz"))
        // The first answer is one the first question takes, whatever kind the draw puts first.
        stdin.fileHandleForWriting.write(Data("\(try #require(rightAnswers(quiz, seed: 1).first))\n".utf8))
        try running.wait(for: "Question 2 of \(quiz.questionsPerAttempt)")
        let other = try runBinary(["person", "add", "sam", "--name", "Sam Lee"], store: store, timeout: 10)
        #expect(other.status == 0)
        try stdin.fileHandleForWriting.close()
        #expect(try running.finish() == 1)
        #expect(try loggedRecords("person", store: store).count == 2)
        #expect(try loggedRecords("progress", store: store).count == 1)
    }

    @Test func aPersonalStoreRecordsTheAttemptUnderTheAccountWithoutCE() throws {
        let quiz = try #require(curriculum?.quiz("peer-support-quiz"))
        let result = try runBinary(
            ["quiz", "peer-support-quiz", "--seed", "8"], store: store, input: rightAnswers(quiz, seed: 8).joined(separator: "\n") + "\n")
        #expect(result.status == 0)
        #expect(result.output.replacingOccurrences(of: "\n", with: " ").contains("no CE record was added, because '\(PeerTrackProcess.account)' is not on the roster"))
        let attempt = try #require(try loggedRecords("attempt", store: store).first?["fields"] as? [String: String])
        #expect(attempt["person"] == PeerTrackProcess.account)
        #expect(try loggedRecords("ce", store: store).isEmpty)
    }

    @Test func practiceRecordsNothing() throws {
        let quiz = try #require(curriculum?.quiz("rights-quiz"))
        let result = try runBinary(
            ["quiz", "rights-quiz", "--practice", "--seed", "2"], store: store, input: rightAnswers(quiz, seed: 2).joined(separator: "\n") + "\n")
        #expect(result.status == 0)
        #expect(result.output.contains("Practice: nothing was recorded."))
        #expect(try loggedRecords("attempt", store: store).isEmpty)
    }
}

// MARK: - A real pseudo-terminal

/// Opens a pseudo-terminal pair. The C library's pty functions are looked up at run time
/// because Glibc's module map leaves them out.
private enum PseudoTerminal {
    typealias IntFunction = @convention(c) (Int32) -> Int32
    typealias NameFunction = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?

    static func make() -> (master: Int32, slave: Int32)? {
        guard let library = dlopen(nil, RTLD_NOW), let openSymbol = dlsym(library, "posix_openpt"),
            let grantSymbol = dlsym(library, "grantpt"), let unlockSymbol = dlsym(library, "unlockpt"),
            let nameSymbol = dlsym(library, "ptsname")
        else { return nil }
        let master = unsafeBitCast(openSymbol, to: IntFunction.self)(O_RDWR | O_NOCTTY)
        guard master >= 0, unsafeBitCast(grantSymbol, to: IntFunction.self)(master) == 0,
            unsafeBitCast(unlockSymbol, to: IntFunction.self)(master) == 0,
            let name = unsafeBitCast(nameSymbol, to: NameFunction.self)(master)
        else { return nil }
        let slave = open(name, O_RDWR | O_NOCTTY)
        guard slave >= 0 else {
            close(master)
            return nil
        }
        return (master, slave)
    }
}

struct RunnerTerminalTests {
    private let scratch = Scratch()
    private var store: URL { scratch.url }

    @Test func takesAQuizThroughTheMenuInAPseudoTerminal() throws {
        try setUpRoster(store)
        let quiz = try #require(curriculum?.quiz("peer-support-quiz"))
        let module = try #require(curriculum?.modules.firstIndex { $0.id == quiz.moduleID })
        // The lessons read first, so that passing the quiz completes the module.
        #expect(try runBinary(["learn", quiz.moduleID], store: store, input: String(repeating: "\n", count: 200)).status == 0)

        let (master, slave) = try #require(PseudoTerminal.make())
        var size = winsize(ws_row: 40, ws_col: 100, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(slave, UInt(TIOCSWINSZ), &size)
        let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        let running = try RunningBinary(
            [], environment: RunningBinary.environment(store: store), input: terminal, output: terminal, error: terminal, reading: master)
        close(slave)
        defer {
            if running.process.isRunning { running.process.terminate() }
            close(master)
        }
        func type(_ line: String) {
            let bytes = Array((line + "\n").utf8)
            _ = bytes.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count) }
        }

        try running.wait(for: "Module number (1-6)")
        #expect(running.output.contains("\u{1B}["), "colour on a terminal")
        #expect(stripEscapes(running.output).contains("0 of 6 modules done"))
        type("\(module + 1)")
        try running.wait(for: "t to take the quiz")
        type("t")
        let n = quiz.questionsPerAttempt
        try running.wait(for: "Question 1 of \(n)")
        let screen = stripEscapes(running.output)
        let seedText = try #require(screen.components(separatedBy: "Seed ").last?.prefix { $0.isNumber })
        let seed = try #require(UInt64(String(seedText)))
        for answer in rightAnswers(quiz, seed: seed) { type(answer) }
        try running.wait(for: "Press Enter to return to the menu")
        let result = stripEscapes(running.output)
        #expect(result.contains("Question \(n) of \(n)"))
        #expect(result.contains("Score: \(n) of \(n) (100%)"))
        #expect(result.contains("Passed"))
        type("")
        try running.wait(for: "quiz best 100%, passed")
        type("q")
        #expect(try running.finish() == 0)

        let attempt = try #require(try loggedRecords("attempt", store: store).first?["fields"] as? [String: String])
        #expect(attempt["person"] == "jdoe")
        #expect(attempt["seed"] == String(seed))
        #expect(attempt["passed"] == "true")
        #expect(try loggedRecords("ce", store: store).count == 1)
    }

    /// `script` gives the binary a controlling terminal, so a typed Ctrl-C is a real SIGINT
    /// from the terminal driver.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script") && RunningBinary.url != nil))
    func ctrlCTypedAtTheTerminalSavesTheQuiz() throws {
        try setUpRoster(store)
        let quiz = try #require(curriculum?.quiz("peer-support-quiz"))
        let module = try #require(curriculum?.modules.firstIndex { $0.id == quiz.moduleID })
        let binary = try #require(RunningBinary.url)
        let stdin = Pipe()
        let stdout = Pipe()
        let running = try RunningBinary(
            ["-qec", "'\(binary.path)'", "/dev/null"], environment: RunningBinary.environment(store: store),
            input: stdin.fileHandleForReading, output: stdout.fileHandleForWriting, error: stdout.fileHandleForWriting,
            reading: stdout.fileHandleForReading.fileDescriptor, through: URL(fileURLWithPath: "/usr/bin/script"))
        try stdout.fileHandleForWriting.close()
        defer { if running.process.isRunning { running.process.terminate() } }
        func type(_ text: String) { stdin.fileHandleForWriting.write(Data(text.utf8)) }

        try running.wait(for: "Module number (1-6)")
        type("\(module + 1)\n")
        try running.wait(for: "t to take the quiz")
        type("t\n")
        let n = quiz.questionsPerAttempt
        try running.wait(for: "Question 1 of \(n)")
        let seedText = try #require(stripEscapes(running.output).components(separatedBy: "Seed ").last?.prefix { $0.isNumber })
        let seed = try #require(UInt64(String(seedText)))
        type(rightAnswers(quiz, seed: seed)[0] + "\n")
        try running.wait(for: "Question 2 of \(n)")
        Thread.sleep(forTimeInterval: 0.3)
        type("\u{03}")
        #expect(try running.finish() == 130)
        try stdin.fileHandleForWriting.close()
        #expect(stripEscapes(running.output).replacingOccurrences(of: "\n", with: " ").contains("Saved your answers to 1 of \(n) questions"))
        let progress = try #require(try loggedRecords("progress", store: store).first?["fields"] as? [String: String])
        #expect(progress["seed"] == String(seed))
        #expect(progress["answers"]?.isEmpty == false)
    }
}
