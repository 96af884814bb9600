import Operations
import PeerTrackCore
import Curriculum
import Foundation
import Runner
import Tracker

extension CLI {
    static let runnerCommands: [Command] = [
        Command(
            path: ["learn"], synopsis: "MODULE [--as ID]",
            summary: "Read a module's lessons page by page; each lesson finished is recorded.",
            details: """
                Enter (or n) shows the next page, b goes back, q stops. Reading starts at the first
                lesson not yet read. The reader is --as ID, else the roster person whose --login is
                this OS account, else the account itself.
                """,
            options: ["--as"],
            run: { cli, arguments in
                try cli.learn(module: try arguments.positionals("MODULE")[0], as: arguments["--as"])
            }),
        Command(
            path: ["quiz"], synopsis: "QUIZ [--as ID] [--practice] [--seed N] [--resume]",
            summary: "Take a quiz: one question at a time, each answer explained; the attempt is recorded.",
            details: """
                Answers: a letter (b); letters for "select all that apply" (a,c or ac); t or f; or text.
                Invalid answers are explained and asked again. q, Ctrl-C or the end of input stops the
                quiz and saves the answers so far; --resume continues at the same question.
                Passing a quiz that awards CE hours adds an unverified in-service CE record.
                  --as ID      take it as this roster person (default: the person whose --login is
                               this OS account, else the account itself)
                  --practice   record nothing
                  --seed N     draw and shuffle as seed N did (shown under the quiz's title)
                  --resume     continue the latest saved attempt at this quiz
                Exit status: 0 when the quiz is finished (passed or not) or stopped with q; 1 when
                input ends first; 130 after Ctrl-C.
                """,
            options: ["--as", "--seed"], flags: ["--practice", "--resume"],
            run: { cli, arguments in
                let id = try arguments.positionals("QUIZ")[0]
                var seed: UInt64?
                if let text = arguments["--seed"] {
                    guard let value = UInt64(text) else { throw UsageError("--seed '\(text)' is not valid: expected a whole number, 0 or more") }
                    seed = value
                }
                let resume = arguments.has("--resume")
                if resume, seed != nil { throw UsageError("--resume continues the saved draw; it cannot be combined with --seed") }
                if resume, arguments.has("--practice") { throw UsageError("--practice saves nothing to resume; leave out one of them") }
                return try cli.quiz(id, as: arguments["--as"], seed: seed, practice: arguments.has("--practice"), resume: resume)
            }),
        Command(
            path: ["results"], synopsis: "[ID] [--json | --csv]",
            summary: "Quiz attempts and the best score per quiz (yours, or the person ID's).",
            details: "--csv: one row per finished attempt, oldest first.",
            flags: ["--json", "--csv"],
            run: { cli, arguments in
                guard arguments.positionals.count <= 1 else { throw UsageError("unexpected argument '\(arguments.positionals[1])'") }
                return try cli.results(person: arguments.positionals.first, json: arguments.has("--json"), csv: try arguments.csv())
            }),
    ]

    /// A coach for the learner `--as` names (or this account's), on this console. The store
    /// is opened for each read or write, never held while someone reads or answers.
    func coach(as id: String?) throws -> Coach {
        let curriculum = try loadCurriculum()
        let learner = try openTracker().learner(as: id)
        if console is StandardConsole { Interrupt.install() }
        // Each open reads the roster, then this learner's records when they are asked for.
        let openStore = { () throws -> Tracker in try self.openTracker() }
        return Coach(
            curriculum: curriculum, learner: learner, terminal: ConsoleTerminal(console), openStore: openStore,
            makeSeed: { UInt64.random(in: 1...999_999) })
    }

    func learn(module id: String, as person: String?) throws -> Int32 {
        let coach = try coach(as: person)
        let outcome = try coach.learn(try coach.curriculum.requireModule(id))
        return outcome == .endOfInput && Interrupt.wasReceived ? 130 : 0
    }

    func quiz(_ id: String, as person: String?, seed: UInt64?, practice: Bool, resume: Bool) throws -> Int32 {
        let coach = try coach(as: person)
        switch try coach.takeQuiz(try coach.curriculum.requireQuiz(id), seed: seed, practice: practice, resume: resume) {
        case .finished, .quit: return 0
        case .endOfInput: return Interrupt.wasReceived ? 130 : 1
        }
    }

    func results(person id: String?, json: Bool, csv: Bool = false) throws -> Int32 {
        let tracker = try openTracker()
        let learner: Learner
        if let id, (try? tracker.person(id)) == nil {
            // An account of a personal store that took quizzes without being on the roster.
            learner = Learner(id: id, person: nil, source: .account)
            guard try !tracker.learning(of: learner).attempts.isEmpty else { throw TrackerError.unknownPerson(id) }
        } else {
            learner = try tracker.learner(as: id)
        }
        let log = LearningLog(tracker: tracker, learner: learner)
        let progress = try log.progress()
        let curriculum = try? loadCurriculum()
        let quizzes = curriculum?.quizzes ?? []
        // What review and mastery come to today, derived from the same records.
        let today = tracker.today
        let deck = try curriculum.map { try log.reviewDeck($0) }
        let mastery = curriculum.flatMap { curriculum in deck?.mastery(in: curriculum, on: today) } ?? []
        var quizIDs = quizzes.map(\.id)
        for attempt in progress.attempts where !quizIDs.contains(attempt.quizID) { quizIDs.append(attempt.quizID) }
        let saved = quizIDs.compactMap { progress.resumable($0) }
        if csv { return writeCSV(CSVFormat.results(progress)) }
        if json {
            try writeJSON([
                "person": learner.id,
                "attempts": progress.attempts.map { attempt -> [String: Any] in
                    var entry: [String: Any] = [
                        "id": attempt.recordID, "quiz": attempt.quizID, "version": attempt.version, "questions": attempt.questionIDs,
                        "answers": attempt.answers, "correct": attempt.correct == attempt.correct.rounded() ? Int(attempt.correct) as Any : attempt.correct, "asked": attempt.asked, "score": attempt.score,
                        "passed": attempt.passed, "started": attempt.started, "ended": attempt.ended,
                    ]
                    if let seed = attempt.seed { entry["seed"] = String(seed) }
                    return entry
                },
                "best": quizIDs.compactMap { quiz -> [String: Any]? in
                    guard let best = progress.best(at: quiz) else { return nil }
                    return [
                        "quiz": quiz, "score": best.score, "attempt": best.recordID, "passed": progress.hasPassed(quiz),
                        "attempts": progress.attempts(at: quiz).count,
                    ]
                },
                "saved": saved.map { ["quiz": $0.quizID, "record": $0.recordID, "nextQuestion": $0.nextQuestion, "questions": $0.questionIDs.count] },
                "review": deck.map { MasteryFormat.reviewJSON($0, today: today) } ?? ["due": 0, "next": Double.nan],
                "mastery": MasteryFormat.masteryJSON(mastery),
            ] as [String: Any])
            return 0
        }
        var text = "Quiz results for \(learner.displayName)\n\n"
        text += TextTable(
            headers: ["QUIZ", "BEST", "PASSED", "ATTEMPTS"],
            rows: quizIDs.map { quiz in
                let best = progress.best(at: quiz)
                return [
                    quiz, best.map { "\($0.score)%" } ?? "-", best == nil ? "-" : (progress.hasPassed(quiz) ? "yes" : "no"),
                    String(progress.attempts(at: quiz).count),
                ]
            }
        ).rendered
        if progress.attempts.isEmpty {
            text += "\nNo attempts yet. Take a quiz with `peertrack quiz QUIZ`.\n"
        } else {
            text += "\nAttempts, oldest first:\n" + TextTable(
                headers: ["ENDED", "QUIZ", "SCORE", "RESULT", "RECORD"],
                rows: progress.attempts.map { attempt in
                    [attempt.day, attempt.quizID, ScoreText.score(correct: attempt.correct, asked: attempt.asked, percent: attempt.score), attempt.passed ? "passed" : "not passed", attempt.recordID]
                }
            ).rendered
        }
        for progress in saved {
            text += "\nSaved part-way: \(progress.quizID) at question \(progress.nextQuestion) of \(progress.questionIDs.count); "
                + "continue with `peertrack quiz \(progress.quizID) --resume\(learner.asOption)`.\n"
        }
        if let deck { text += MasteryFormat.resultsText(deck, mastery: mastery, today: today, asOption: learner.asOption) }
        console.write(text)
        return 0
    }
}

/// The CLI's console as the runner's terminal. After Ctrl-C every read is the end of input,
/// even of lines already buffered.
private final class ConsoleTerminal: Terminal {
    let console: Console

    init(_ console: Console) {
        self.console = console
    }

    func write(_ text: String) { console.write(text) }

    func readLine() -> String? {
        guard !Interrupt.wasReceived else { return nil }
        let line = console.readLine()
        return Interrupt.wasReceived ? nil : line
    }

    var isInteractive: Bool { console.isInteractive }
    var usesColor: Bool { console.usesColor }
    var width: Int { console.width }
}
