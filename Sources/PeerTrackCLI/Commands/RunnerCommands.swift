import Operations
import PeerTrackCore
import Curriculum
import Foundation
import Operations
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
                    guard let value = UInt64(text) else { throw InvalidValue(option: "--seed", value: text, expected: "a whole number, 0 or more") }
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
                let results = try cli.workspace.results(person: arguments.positionals.first)
                return cli.render(
                    try arguments.outputForm(), text: { ResultsFormat.text(results) }, json: { ResultsFormat.json(results) },
                    csv: { CSVFormat.results(results.progress) })
            }),
    ]

    /// A coach for the learner `--as` names (or this account's), on this console.
    func coach(as id: String?) throws -> Coach {
        let coach = try workspace.coach(as: id, terminal: ConsoleTerminal(console))
        if console is StandardConsole { Interrupt.install() }
        return coach
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
