import PeerTrackCore
import Curriculum
import Tracker

/// The text of a quiz's screens: introduction, each question, the feedback on each
/// answer, and the result with a review of the missed questions.
public enum QuizScreens {
    /// The title, description and rules, before the first question.
    public static func intro(_ session: QuizSession, practice: Bool, style: TextStyle) -> String {
        let quiz = session.quiz
        var text = style.heading(quiz.title)
        if let description = quiz.description { text += "\n" + style.wrap(description) }
        text += "\n" + style.wrap(
            "\(session.total) questions; the pass mark is \(quiz.passMark)% (\(session.score.neededToPass) correct).")
        if practice {
            text += style.wrap("Practice: your score is not recorded; a question you miss comes back in review.")
        }
        let kinds = Set(session.draw.questions.map(\.question.kind.name))
        let more = (kinds.contains("numerical") ? ", a number" : "") + (kinds.contains("matching") ? ", pairs such as 1c 2a" : "")
        text += style.wrap(
            "Answer with a letter (a,c for several), t or f\(more), or text. Type q to stop"
                + (practice ? "." : "; your answers so far are saved."))
        text += style.dim("Seed \(session.draw.seed)") + "\n"
        if session.number > 1 {
            text += style.wrap("Continuing at question \(session.number) of \(session.total).")
        }
        return text
    }

    /// One question: its number, the prompt, the lettered choices and how to answer.
    public static func question(_ asked: AskedQuestion, number: Int, total: Int, style: TextStyle) -> String {
        var text = "\n" + style.bold("Question \(number) of \(total)") + "\n"
        text += style.wrap(asked.question.prompt)
        switch asked.question.kind {
        case .singleChoice, .multipleSelect:
            for (position, choice) in asked.choices.enumerated() {
                text += style.wrap(choice.text, indent: "     ", firstIndent: "  \(AskedQuestion.letter(position))) ")
            }
        case .matching(let matching):
            for (number, pair) in matching.pairs.enumerated() {
                text += style.wrap(pair.item, indent: "     ", firstIndent: "  \(number + 1). ")
            }
            text += style.wrap("Answers:")
            for (position, option) in asked.options.enumerated() {
                text += style.wrap(option, indent: "     ", firstIndent: "  \(AskedQuestion.letter(position))) ")
            }
        case .trueFalse, .shortAnswer, .numerical:
            break
        }
        text += style.dim(hint(for: asked)) + "\n"
        return text
    }

    /// How to answer a question of this kind.
    public static func hint(for asked: AskedQuestion) -> String {
        let last = AskedQuestion.letter(max(asked.choices.count - 1, 0))
        switch asked.question.kind {
        case .singleChoice: return "(one letter, a to \(last))"
        case .multipleSelect: return "(select all that apply: letters such as a,c)"
        case .trueFalse: return "(t for true, f for false)"
        case .shortAnswer(let key): return key.caseSensitive ? "(type your answer; capital letters count)" : "(type your answer)"
        case .numerical: return "(type a number)"
        case .matching:
            let options = AskedQuestion.letter(max(asked.options.count - 1, 0))
            return "(pair every item with a letter from a to \(options), such as 1c 2a; or type one letter at a time, item 1 first)"
        }
    }

    /// The prompt for an answer.
    public static func prompt(practice: Bool) -> String {
        practice ? "Answer (q to stop): " : "Answer (q to stop and save): "
    }

    /// Right or wrong, the correct answer, feedback on the choices picked, the explanation
    /// and its source.
    public static func feedback(_ outcome: AnswerOutcome, style: TextStyle) -> String {
        var text = outcome.isCorrect ? style.good("Correct.") : style.bad("Not correct.")
        text += "\n"
        text += style.wrap(outcome.asked.correctAnswerText, indent: "  ", firstIndent: "Correct answer: ")
        if !outcome.isCorrect {
            text += style.wrap(outcome.asked.text(of: outcome.answer), indent: "  ", firstIndent: "Your answer: ")
        }
        if outcome.credit > 0, outcome.credit < 1 {
            text += style.wrap("Part credit: \(Int((outcome.credit * 100).rounded(.down)))% of this question.")
        }
        for feedback in outcome.choiceFeedback {
            text += style.wrap(feedback.text, indent: "  ", firstIndent: "About \(feedback.letter)): ")
        }
        if let feedback = outcome.answerFeedback {
            text += style.wrap(feedback, indent: "  ", firstIndent: "About your answer: ")
        }
        text += style.wrap(outcome.asked.question.explanation, indent: "  ", firstIndent: "Why: ")
        text += style.wrap(outcome.asked.question.source.citation, indent: "  ", firstIndent: "Source: ")
        return text
    }

    /// The score, pass or fail against the pass mark, and a review of the missed questions.
    public static func result(_ session: QuizSession, style: TextStyle) -> String {
        let score = session.score
        var text = "\n" + style.heading("Result: \(session.quiz.title)")
        text += style.bold("Score: " + ScoreText.score(correct: score.correct, asked: score.asked, percent: score.percent)) + "\n"
        if score.passed {
            text += style.good("Passed") + ": the pass mark is \(score.passMark)%.\n"
        } else {
            text += style.bad("Not passed") + ": the pass mark is \(score.passMark)%; \(score.neededToPass) correct answers pass.\n"
        }
        let missed = session.missed
        if missed.isEmpty {
            text += "You answered every question correctly.\n"
            return text
        }
        text += "\n" + style.heading("Review of missed questions (\(missed.count))", level: 2)
        for outcome in missed {
            text += "\n" + style.wrap(outcome.asked.question.prompt, indent: "  ", firstIndent: "\(outcome.number). ")
            text += style.wrap(outcome.asked.text(of: outcome.answer), indent: "      ", firstIndent: "  Your answer: ")
            text += style.wrap(outcome.asked.correctAnswerText, indent: "      ", firstIndent: "  Correct answer: ")
            text += style.wrap(outcome.asked.question.explanation, indent: "      ", firstIndent: "  Why: ")
            text += style.wrap(outcome.asked.question.source.citation, indent: "      ", firstIndent: "  Source: ")
        }
        return text
    }

    /// What happened about CE hours, or nothing.
    public static func ceNote(_ award: CEAward, quiz: Quiz, style: TextStyle, asOption: String = "") -> String {
        let hours = quiz.ceHours?.description ?? "0"
        let category = quiz.ceCategory ?? ""
        switch award {
        case .none:
            return ""
        case .recorded(let record):
            return style.wrap(
                "CE: \(hours) hour(s) of \(category) in-service training recorded for the module (\(record.id)); unverified until a supervisor verifies it.")
        case .lessonsUnread(let lessons):
            return style.wrap(
                "CE: the module's \(hours) hour(s) of in-service training are recorded once every lesson is read; "
                    + "\(lessons.count) to go (`peertrack learn \(quiz.moduleID)\(asOption)`).")
        case .notOnRoster(let account):
            return style.wrap(
                "Note: no CE record was added, because '\(account)' is not on the roster; CE hours are kept for roster people "
                    + "(`peertrack person add ID --name NAME --login \(account)`, or take the quiz with --as ID).")
        case .alreadyRecorded(let id):
            return style.wrap("CE: the hours for this quiz were already recorded (\(id)); they count once.")
        case .refused(let reason):
            return style.wrap("Note: no CE record was added: \(reason).")
        }
    }
}
