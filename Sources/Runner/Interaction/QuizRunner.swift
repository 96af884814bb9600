/// Asks a quiz's questions one at a time on a terminal, explains each answer, and shows
/// the result. Invalid input is explained and asked again; it never counts.
public struct QuizRunner {
    let terminal: Terminal
    let practice: Bool

    /// Makes a runner on a terminal; `practice` only changes what the screens say.
    public init(terminal: Terminal, practice: Bool) {
        self.terminal = terminal
        self.practice = practice
    }

    /// Shows the introduction, asks the session's remaining questions and, once they are
    /// all answered, shows the result.
    public func run(_ session: inout QuizSession) -> InteractionOutcome {
        let style = terminal.style
        terminal.write(QuizScreens.intro(session, practice: practice, style: style))
        while let asked = session.current {
            terminal.write(QuizScreens.question(asked, number: session.number, total: session.total, style: style))
            var answered = false
            while !answered {
                guard let line = terminal.ask(QuizScreens.prompt(practice: practice)) else { return .endOfInput }
                if line.trimmingWhitespace.lowercased() == "q" { return .quit }
                switch session.submit(line) {
                case .invalid(let problem):
                    terminal.write(style.wrap(problem.message))
                case .answered(let outcome):
                    terminal.write(QuizScreens.feedback(outcome, style: style))
                    answered = true
                case .finished:
                    answered = true
                }
            }
        }
        terminal.write(QuizScreens.result(session, style: style))
        return .finished
    }
}
