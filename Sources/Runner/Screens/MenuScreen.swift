import Tracker
import Curriculum

/// The text of the menu: every module with what is done, the best score per quiz and the
/// next step; and one module's lessons and quiz.
public enum MenuScreen {
    /// The main menu.
    /// `due`: questions due for review today; `reviewing`: how many a review would ask now.
    public static func main(
        _ curriculum: Curriculum, progress: LearnerProgress, learner: Learner, due: Int = 0, reviewing: Int = 0, style: TextStyle
    ) -> String {
        var text = "\n" + style.heading("PeerTrack training: \(learner.displayName)")
        text += style.bold("\(progress.modulesDone(in: curriculum)) of \(curriculum.modules.count) modules done") + "\n"
        if due > 0 { text += style.accent("\(due) question\(due == 1 ? "" : "s") due for review") + "\n" }
        text += "\n"
        for (index, module) in curriculum.modules.enumerated() {
            let done = progress.isDone(module, in: curriculum)
            let line = style.wrap(module.title, indent: "         ", firstIndent: "\(pad(index + 1)). \(done ? "[done]" : "[    ]") ")
            text += done ? line.replacingFirst("[done]", with: style.good("[done]")) : line
            text += style.wrap(status(of: module, in: curriculum, progress: progress), indent: "         ", firstIndent: "         ")
        }
        text += "\n"
        if reviewing > 0 {
            text += style.wrap(ReviewScreens.menuStep(reviewing), indent: "  ", firstIndent: "Next: ").replacingFirst("Next:", with: style.accent("Next:"))
        } else if let step = progress.nextStep(in: curriculum) {
            text += style.wrap(step.summary, indent: "  ", firstIndent: "Next: ").replacingFirst("Next:", with: style.accent("Next:"))
        } else {
            text += style.good("Every module is done.") + " Choose a module to review it.\n"
        }
        return text
    }

    /// The main menu's prompt.
    public static func prompt(modules: Int) -> String {
        "Module number (1-\(modules)), Enter for the next step, q to quit: "
    }

    /// Lessons read and the quiz's state, in one line.
    public static func status(of module: Module, in curriculum: Curriculum, progress: LearnerProgress) -> String {
        var parts = ["lessons \(progress.lessonsRead(in: module)) of \(module.lessons.count) read"]
        if let quiz = curriculum.quiz(for: module) {
            parts.append(quizStatus(quiz, progress: progress))
        }
        return parts.joined(separator: "; ")
    }

    /// A quiz's best score and pass, and a saved attempt if there is one.
    public static func quizStatus(_ quiz: Quiz, progress: LearnerProgress) -> String {
        var text: String
        if let best = progress.best(at: quiz.id) {
            text = "quiz best \(best.score)%, " + (progress.hasPassed(quiz.id) ? "passed" : "not passed yet")
        } else {
            text = "quiz not taken"
        }
        if let saved = progress.resumable(quiz.id) {
            text += ", saved at question \(saved.nextQuestion) of \(saved.questionIDs.count)"
        }
        return text
    }

    /// One module: summary, lessons with what is read, and the quiz.
    public static func module(_ module: Module, quiz: Quiz?, progress: LearnerProgress, style: TextStyle) -> String {
        var text = "\n" + style.heading("\(module.order). \(module.title)")
        text += style.wrap(module.summary) + "\n"
        text += style.bold("Lessons") + "\n"
        for (index, lesson) in module.lessons.enumerated() {
            let mark = progress.hasRead(lesson.id) ? "[read]" : "[    ]"
            text += style.wrap(lesson.title, indent: "           ", firstIndent: "  \(mark) \(index + 1). ")
        }
        if let quiz {
            var line = "\(quiz.title): \(quiz.questionsPerAttempt) questions, pass mark \(quiz.passMark)%"
            if let hours = quiz.ceHours, let category = quiz.ceCategory {
                line += ", \(hours) CE hour(s) of \(category) for passing"
            }
            text += "\n" + style.bold("Quiz") + "\n" + style.wrap(line + "; " + quizStatus(quiz, progress: progress), indent: "  ", firstIndent: "  ")
        }
        return text
    }

    /// The module screen's prompt.
    public static func modulePrompt(hasQuiz: Bool) -> String {
        hasQuiz ? "l to read the lessons, t to take the quiz, Enter for the menu: " : "l to read the lessons, Enter for the menu: "
    }

    private static func pad(_ number: Int) -> String {
        number < 10 ? " \(number)" : "\(number)"
    }
}
