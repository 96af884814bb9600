import Curriculum

extension Coach {
    /// The menu: modules with what is done and what is next; a number opens a module,
    /// Enter takes the next step, `q` or end of input leaves.
    public func menu() throws {
        let style = terminal.style
        let count = curriculum.modules.count
        while true {
            let progress = try self.progress()
            let reviews = try reviewsDue()
            terminal.write(MenuScreen.main(curriculum, progress: progress, learner: learner, due: reviews.due, reviewing: reviews.asking, style: style))
            guard let line = terminal.ask(MenuScreen.prompt(modules: count)) else { return }
            let choice = line.trimmingWhitespace.lowercased()
            if choice == "q" || choice == "quit" { return }
            if (choice.isEmpty && reviews.asking > 0) || choice == "r" {
                guard try reviewFromMenu() else { return }
                continue
            }
            if choice.isEmpty {
                guard let step = progress.nextStep(in: curriculum) else {
                    terminal.write("Every module is done: choose one by number to review it, or q to quit.\n")
                    continue
                }
                guard try perform(step) else { return }
                continue
            }
            guard let number = Int(choice), (1...count).contains(number) else {
                terminal.write("Type a module number from 1 to \(count), press Enter for the next step, or q to quit.\n")
                continue
            }
            guard try open(curriculum.modules[number - 1]) else { return }
        }
    }

    /// Does the next step; false when input ended.
    private func perform(_ step: NextStep) throws -> Bool {
        switch step {
        case .read(let module, let lesson):
            return try learn(module, from: module.lessons.firstIndex(of: lesson)) != .endOfInput
        case .resume(let quiz, _):
            return try quizFromMenu(quiz, resume: true)
        case .take(let quiz):
            return try quizFromMenu(quiz, resume: false)
        }
    }

    /// One module's screen; false when input ended.
    private func open(_ module: Module) throws -> Bool {
        let quiz = curriculum.quiz(for: module)
        terminal.write(MenuScreen.module(module, quiz: quiz, progress: try progress(), style: terminal.style))
        while true {
            guard let line = terminal.ask(MenuScreen.modulePrompt(hasQuiz: quiz != nil)) else { return false }
            switch line.trimmingWhitespace.lowercased() {
            case "":
                return true
            case "l":
                return try learn(module) != .endOfInput
            case "t" where quiz != nil:
                guard let quiz else { return true }
                var resume = false
                if let saved = try progress().resumable(quiz.id) {
                    guard let answer = terminal.ask(
                        "You stopped at question \(saved.nextQuestion) of \(saved.questionIDs.count). Continue that attempt? (y/n, Enter = y): ")
                    else { return false }
                    resume = !answer.trimmingWhitespace.lowercased().hasPrefix("n")
                }
                return try quizFromMenu(quiz, resume: resume)
            default:
                terminal.write(quiz == nil ? "Type l or press Enter.\n" : "Type l, t, or press Enter.\n")
            }
        }
    }

    /// Reviews from the menu, then waits for Enter; false when input ended.
    private func reviewFromMenu() throws -> Bool {
        switch try review() {
        case .finished: return terminal.ask("Press Enter to return to the menu: ") != nil
        case .quit: return true
        case .endOfInput: return false
        }
    }

    /// Takes a quiz from the menu and, once it is finished, waits for Enter so the result
    /// can be read; false when input ended.
    private func quizFromMenu(_ quiz: Quiz, resume: Bool) throws -> Bool {
        switch try takeQuiz(quiz, resume: resume) {
        case .finished:
            return terminal.ask("Press Enter to return to the menu: ") != nil
        case .quit:
            return true
        case .endOfInput:
            return false
        }
    }
}
