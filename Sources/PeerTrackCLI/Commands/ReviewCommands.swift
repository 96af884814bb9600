import Curriculum
import Operations
import Runner
import Tracker

extension CLI {
    /// Review of missed questions, and mastery per topic for supervisors.
    static let reviewCommands: [Command] = [
        Command(
            path: ["review"], synopsis: "[QUIZ] [--as ID] [--limit N]",
            summary: "Ask the questions due for review today: those you missed, brought back by FSRS.",
            details: """
                A question you miss in a quiz or a practice quiz enters review and comes back the next
                day; each right answer sends it further out, a wrong one brings it back (FSRS-6, default
                parameters, 90% retention). The most overdue come first, at most N a day (default 20).
                After a right answer, Enter counts it as remembered (Good), h as Hard, e as Easy.
                q, Ctrl-C or the end of input stops; each answer is saved as it is given.
                  QUIZ         only this quiz's questions (or the quiz of this module)
                  --as ID      review as this roster person (as on quiz)
                  --limit N    at most N questions a day (default 20)
                Exit status: 0 when the review is finished or stopped with q; 1 when input ends first;
                130 after Ctrl-C.
                """,
            options: ["--as", "--limit"],
            run: { cli, arguments in
                let limit = try arguments.number("--limit", minimum: 1) ?? Coach.defaultReviewLimit
                let coach = try cli.coach(as: arguments["--as"])
                let quiz = try arguments.optionalPositional().map { try coach.curriculum.requireQuiz($0) }
                return cli.status(of: try coach.review(quiz, limit: limit))
            }),
        Command(
            path: ["report", "mastery"], synopsis: "[--json | --csv]",
            summary: "The weakest topics across your specialists: mean recall now, questions met and never met.",
            details: """
                For each rule and value of the code and each quiz topic, weakest first: how many of the
                specialists you may see have met its questions, their mean retrievability today (FSRS),
                and how many questions were met and never met. Counts and means only.
                """,
            flags: ["--json", "--csv"],
            run: { cli, arguments in
                _ = try arguments.positionals()
                let report = try cli.workspace.masteryReport()
                return cli.render(
                    try arguments.outputForm(), text: { ResultsFormat.masteryText(report) }, json: { ResultsFormat.masteryJSON(report) },
                    csv: { ResultsFormat.masteryCSV(report) })
            }),
    ]
}
