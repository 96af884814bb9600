import Curriculum
import PeerTrackCore
import SpacedRepetition
import Tracker

/// The text of a review's screens around the quiz's own question and feedback screens.
public enum ReviewScreens {
    /// The title and how a review works.
    public static func intro(asking: Int, due: Int, limit: Int, style: TextStyle) -> String {
        var text = "\n" + style.heading("Review: \(asking) question\(asking == 1 ? "" : "s") due today")
        text += style.wrap(
            "Questions you missed come back on the day you are likely to forget them (FSRS). Answer as in a quiz; "
                + "after a right answer, Enter counts it as remembered, h if it was hard, e if it was easy. "
                + "Type q to stop; each answer is saved as you give it.")
        if due > asking { text += style.wrap("\(due - asking) more are due; at most \(limit) are asked a day.") }
        return text
    }

    /// The menu's next step when questions are due.
    public static func menuStep(_ count: Int) -> String {
        "review the \(count) question\(count == 1 ? "" : "s") due today (r, or Enter)"
    }

    /// The prompt for an answer.
    public static let prompt = "Answer (q to stop): "

    /// The prompt after a right answer.
    public static let gradePrompt = "Right: Enter if remembered, h if hard, e if easy (q to stop): "

    /// When the question comes back.
    public static func rescheduled(_ state: MemoryState, today: Day, style: TextStyle) -> String {
        let days = today.days(until: state.due)
        return style.dim("Comes back on \(state.due) (in \(days) day\(days == 1 ? "" : "s")).") + "\n"
    }

    /// Nothing to ask today.
    public static func nothingDue(next: Day?, reviewedToday: Int, limit: Int, due: Int, style: TextStyle) -> String {
        if due > 0 {
            return style.wrap(
                "You have answered \(reviewedToday) review\(reviewedToday == 1 ? "" : "s") today, the day's limit of \(limit); "
                    + "\(due) more \(due == 1 ? "is" : "are") due and will be asked tomorrow (--limit raises the limit).")
        }
        guard let next else {
            return style.wrap("No questions are in review. A question you miss in a quiz or a practice quiz comes back here.")
        }
        return style.wrap("Nothing is due for review today; the next question is due on \(next).")
    }

    /// What a review session came to.
    public static func summary(asked: Int, right: Int, stillDue: Int, next: Day?, style: TextStyle) -> String {
        var text = "\n" + style.bold("Reviewed \(asked): \(right) right, \(asked - right) to see again soon.") + "\n"
        if stillDue > 0 {
            text += style.wrap("\(stillDue) more \(stillDue == 1 ? "is" : "are") due today.")
        } else if let next {
            text += style.wrap("Next review: \(next).")
        }
        return text
    }

    /// Questions that left review, said once.
    public static func left(_ left: [LeftReview], style: TextStyle) -> String {
        guard !left.isEmpty else { return "" }
        var text = style.wrap("\(left.count) question\(left.count == 1 ? "" : "s") left review:")
        for item in left {
            let why = item.removed ? "no longer in the curriculum" : "its quiz changed since version \(item.version)"
            text += style.wrap("\(item.quiz) \(item.question): \(why)", indent: "    ", firstIndent: "  - ")
        }
        return text
    }
}
