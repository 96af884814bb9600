import Curriculum

/// Pages through a module's lessons on a terminal: Enter or `n` for the next page, `b` to
/// go back, `q` to stop. Leaving a lesson's last page finishes the lesson.
public struct LessonReader {
    let module: Module
    let terminal: Terminal

    /// Makes a reader of a module's lessons.
    public init(module: Module, terminal: Terminal) {
        self.module = module
        self.terminal = terminal
    }

    /// Reads from lesson `start` (0 first); `finished` is called as each lesson is
    /// finished and returns a note to show, if any.
    public func read(from start: Int, finished: (Lesson) throws -> String?) throws -> InteractionOutcome {
        let style = terminal.style
        let pages = module.lessons.map { LessonPages.pages(of: $0, style: style) }
        guard !pages.isEmpty else {
            terminal.write("\(module.title) has no lessons.\n")
            return .finished
        }
        var lesson = min(max(start, 0), pages.count - 1)
        var page = 0
        var show = true
        while true {
            let count = pages[lesson].count
            if show {
                terminal.write(
                    "\n" + style.dim("\(module.title): lesson \(lesson + 1) of \(pages.count), page \(page + 1) of \(count)") + "\n\n")
                terminal.write(pages[lesson][page])
            }
            show = true
            let last = page == count - 1
            let prompt = (last ? "Enter finishes the lesson" : "Enter for more") + ", b back, q quit: "
            guard let line = terminal.ask(prompt) else { return .endOfInput }
            switch line.trimmingWhitespace.lowercased() {
            case "", "n", "next":
                guard last else {
                    page += 1
                    continue
                }
                let note = try finished(module.lessons[lesson])
                terminal.write(style.good("Finished lesson \(lesson + 1) of \(pages.count)") + ": \(module.lessons[lesson].title)\n")
                if let note { terminal.write(note) }
                guard lesson + 1 < pages.count else { return .finished }
                lesson += 1
                page = 0
            case "b", "back":
                if page > 0 {
                    page -= 1
                } else if lesson > 0 {
                    lesson -= 1
                    page = pages[lesson].count - 1
                } else {
                    terminal.write("This is the first page.\n")
                    show = false
                }
            case "q", "quit":
                return .quit
            default:
                terminal.write("Press Enter or type n for the next page, b to go back, q to quit.\n")
                show = false
            }
        }
    }
}
