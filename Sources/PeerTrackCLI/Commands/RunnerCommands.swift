import Curriculum
import Foundation
import Operations
import PeerTrackCore
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
                let coach = try cli.coach(as: arguments["--as"])
                return cli.status(of: try coach.learn(try coach.curriculum.requireModule(try arguments.positionals("MODULE")[0])), endOfInput: 0)
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
                let seed = try arguments.number("--seed", minimum: 0).map(UInt64.init)
                let resume = arguments.has("--resume")
                if resume, seed != nil { throw UsageError("--resume continues the saved draw; it cannot be combined with --seed") }
                if resume, arguments.has("--practice") { throw UsageError("--practice saves nothing to resume; leave out one of them") }
                let coach = try cli.coach(as: arguments["--as"])
                return cli.status(
                    of: try coach.takeQuiz(try coach.curriculum.requireQuiz(id), seed: seed, practice: arguments.has("--practice"), resume: resume))
            }),
        Command(
            path: ["results"], synopsis: "[ID] [--json | --csv]",
            summary: "Quiz attempts and the best score per quiz (yours, or the person ID's).",
            details: "--csv: one row per finished attempt, oldest first.",
            flags: ["--json", "--csv"],
            run: { cli, arguments in
                let results = try cli.workspace.results(person: try arguments.optionalPositional())
                return cli.render(
                    try arguments.outputForm(), text: { ResultsFormat.text(results) }, json: { ResultsFormat.json(results) },
                    csv: { CSVFormat.results(results.progress) })
            }),
    ]

    /// A coach for the learner `--as` names (or this account's), on this console.
    func coach(as id: String?) throws -> Coach {
        let coach = try workspace.coach(as: id, terminal: console)
        if console is StandardConsole { Interrupt.install() }
        return coach
    }

    /// The exit status of an interaction: 0 finished or stopped with q; at the end of input
    /// `endOfInput` (1 for a quiz or review, 0 for reading), or 130 after Ctrl-C.
    func status(of outcome: InteractionOutcome, endOfInput: Int32 = 1) -> Int32 {
        outcome != .endOfInput ? 0 : Interrupt.wasReceived ? 130 : endOfInput
    }
}
