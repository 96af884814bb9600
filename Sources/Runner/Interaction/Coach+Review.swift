import Curriculum
import SpacedRepetition
import Tracker

extension Coach {
    /// The default number of review questions asked a day.
    public static let defaultReviewLimit = 20

    /// How many questions are due for review today, and how many of them a review would
    /// ask today (within the day's limit).
    public func reviewsDue(limit: Int = Coach.defaultReviewLimit) throws -> (due: Int, asking: Int) {
        try withStore { log in
            let deck = try log.reviewDeck(curriculum)
            let today = log.tracker.today
            let due = deck.due(on: today).count
            return (due, min(due, max(0, limit - deck.reviewed(on: today))))
        }
    }

    /// Asks the questions due for review today (of one quiz, if given), the most overdue
    /// first, at most `limit` a day. Each answer is recorded as it is given: wrong is
    /// Again; right is Good, or Hard or Easy as the learner says.
    @discardableResult
    public func review(_ quiz: Quiz? = nil, limit: Int = Coach.defaultReviewLimit) throws -> InteractionOutcome {
        let style = terminal.style
        let (deck, today) = try withStore { log in
            let deck = try log.reviewDeck(curriculum)
            // Questions that left review are said once: the note is a record.
            if !deck.leaving.isEmpty { try log.recordLeft(deck.leaving) }
            return (deck, log.tracker.today)
        }
        terminal.write(ReviewScreens.left(deck.leaving, style: style))
        let due = deck.due(on: today, quiz: quiz?.id)
        let asking = Array(due.prefix(max(0, limit - deck.reviewed(on: today))))
        guard !asking.isEmpty else {
            terminal.write(ReviewScreens.nothingDue(
                next: deck.nextDue(from: today.adding(days: 1)), reviewedToday: deck.reviewed(on: today), limit: limit, due: due.count,
                style: style))
            return .finished
        }
        terminal.write(ReviewScreens.intro(asking: asking.count, due: due.count, limit: limit, style: style))
        var right = 0
        for (index, card) in asking.enumerated() {
            guard let asked = try? QuizDraw(quiz: card.quiz, seed: makeSeed(), questionIDs: [card.question.id]).questions.first else {
                continue
            }
            terminal.write(QuizScreens.question(asked, number: index + 1, total: asking.count, style: style))
            var reading = AnswerEntry(asked: asked)
            var answer: Answer?
            while answer == nil {
                guard let line = terminal.ask(ReviewScreens.prompt) else { return stopped(.endOfInput, answered: index) }
                if line.trimmingWhitespace.lowercased() == "q" { return stopped(.quit, answered: index) }
                switch reading.submit(line) {
                case .failure(let problem): terminal.write(style.wrap(problem.message))
                case .success(let given): answer = given
                }
            }
            guard let answer else { continue }
            let outcome = AnswerOutcome(number: index + 1, asked: asked, answer: answer)
            terminal.write(QuizScreens.feedback(outcome, style: style))
            var event = QuestionReview.Event.again
            var stop: InteractionOutcome?
            if outcome.isCorrect {
                right += 1
                (event, stop) = askGrade()
            }
            try withStore { _ = try $0.recordReview(card, event: event) }
            terminal.write(ReviewScreens.rescheduled(FSRS.standard.next(card.state, ReviewDeck.grade(event), on: today), today: today, style: style))
            if let stop { return stopped(stop, answered: index + 1) }
        }
        let after = try withStore { log in try log.reviewDeck(curriculum) }
        terminal.write(ReviewScreens.summary(
            asked: asking.count, right: right, stillDue: after.due(on: today, quiz: quiz?.id).count, next: after.nextDue(from: today.adding(days: 1)),
            style: style))
        return .finished
    }

    /// After a right answer: Good, Hard or Easy, and whether the learner stopped there.
    private func askGrade() -> (QuestionReview.Event, InteractionOutcome?) {
        while true {
            guard let line = terminal.ask(ReviewScreens.gradePrompt) else { return (.good, .endOfInput) }
            switch line.trimmingWhitespace.lowercased() {
            case "", "g", "good": return (.good, nil)
            case "h", "hard": return (.hard, nil)
            case "e", "easy": return (.easy, nil)
            case "q", "quit": return (.good, .quit)
            default: terminal.write("Press Enter, or type h or e.\n")
            }
        }
    }

    private func stopped(_ outcome: InteractionOutcome, answered: Int) -> InteractionOutcome {
        terminal.write(terminal.style.wrap(
            "Stopped. \(answered == 0 ? "Nothing was answered" : "Your \(answered) answer\(answered == 1 ? " is" : "s are") saved"); "
                + "`peertrack review\(learner.asOption)` asks the rest."))
        return outcome
    }
}
