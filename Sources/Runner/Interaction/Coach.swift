import Curriculum
import Tracker

/// Takes one learner through lessons and quizzes on a terminal and records what they do
/// in the tracker: lessons read, attempts finished or saved part-way, CE hours earned.
///
/// The store is opened only to read or write and closed again, so that a person sitting
/// in a lesson or a quiz does not hold the journal's lock and keep others waiting.
public final class Coach {
    /// The lessons and quizzes.
    public let curriculum: Curriculum
    /// Who is learning.
    public let learner: Learner
    let terminal: Terminal
    let openStore: () throws -> Tracker
    let makeSeed: () -> UInt64

    /// Makes a coach. `openStore` opens the tracker for one read or write (it is released
    /// before the next); `makeSeed` gives the seed of each new attempt not given one.
    public init(
        curriculum: Curriculum, learner: Learner, terminal: Terminal, openStore: @escaping () throws -> Tracker,
        makeSeed: @escaping () -> UInt64
    ) {
        self.curriculum = curriculum
        self.learner = learner
        self.terminal = terminal
        self.openStore = openStore
        self.makeSeed = makeSeed
    }

    /// Runs `body` with the learner's log in the open store, and closes it again.
    func withStore<Result>(_ body: (LearningLog) throws -> Result) throws -> Result {
        try body(LearningLog(tracker: try openStore(), learner: learner))
    }

    /// What the learner has done so far.
    public func progress() throws -> LearnerProgress {
        try withStore { try $0.progress() }
    }

    /// Pages through a module's lessons from `start` (default: the first unread lesson),
    /// recording each lesson finished for the first time.
    @discardableResult
    public func learn(_ module: Module, from start: Int? = nil) throws -> InteractionOutcome {
        let style = terminal.style
        let first = try start ?? progress().startingLesson(of: module)
        if first > 0, start == nil {
            terminal.write(style.wrap("Starting at lesson \(first + 1) of \(module.lessons.count), the first you have not read; b goes back."))
        }
        let outcome = try LessonReader(module: module, terminal: terminal).read(from: first) { lesson in
            try self.withStore { log in
                guard try !log.progress().hasRead(lesson.id) else { return nil }
                let record = try log.record(lesson, in: module)
                var note = style.dim("Recorded as read (\(record.stamp.id)).") + "\n"
                // Reading the last lesson after passing the quiz completes the module.
                if try log.progress().lessonsRead(in: module) == module.lessons.count, let quiz = self.curriculum.quiz(for: module) {
                    note += QuizScreens.ceNote(log.awardCE(for: module, quiz: quiz), quiz: quiz, style: style, asOption: self.learner.asOption)
                }
                return note
            }
        }
        if outcome == .finished {
            terminal.write(style.wrap("You have read every lesson of \(module.title)."))
            if let quiz = curriculum.quiz(for: module), try !progress().hasPassed(quiz.id) {
                terminal.write(style.wrap("Next: the quiz, `peertrack quiz \(quiz.id)\(learner.asOption)`."))
            }
        }
        return outcome
    }

    /// Takes a quiz: a new attempt (from `seed`, else a new seed) or, with `resume`, the
    /// saved one. A finished attempt is recorded, with CE hours when it passes; a stopped
    /// one is saved to resume. `practice` records only the questions missed, for review.
    @discardableResult
    public func takeQuiz(_ quiz: Quiz, seed: UInt64? = nil, practice: Bool = false, resume: Bool = false) throws -> InteractionOutcome {
        let style = terminal.style
        var session: QuizSession
        let started: String
        let alreadySaved: Int
        let (saved, now) = try withStore { (try $0.progress().resumable(quiz.id), $0.tracker.timestamp) }
        if resume {
            guard let saved else { throw RunnerError.nothingToResume(quiz: quiz.id, person: learner.id) }
            session = try QuizSession(resuming: saved, quiz: quiz)
            started = saved.started
            alreadySaved = saved.answers.count
        } else {
            if !practice, let saved {
                terminal.write(style.wrap(
                    "Note: your attempt saved at question \(saved.nextQuestion) is set aside; this is a new attempt. "
                        + "(`peertrack quiz \(quiz.id) --resume\(learner.asOption)` continues the saved one.)"))
            }
            session = QuizSession(quiz: quiz, seed: seed ?? makeSeed())
            started = now
            alreadySaved = 0
        }
        let outcome = QuizRunner(terminal: terminal, practice: practice).run(&session)
        if practice {
            // A question missed in practice enters review all the same.
            let missed = try withStore { try $0.recordPracticeMisses(session) }.count
            let stopped = outcome == .finished ? "" : "Stopped. "
            if missed == 0 {
                terminal.write(style.wrap(stopped + (outcome == .finished ? "Practice: nothing was recorded." : "Practice: nothing was saved.")))
            } else {
                terminal.write(style.wrap(
                    stopped + "Practice: your score was not recorded; the \(missed) question\(missed == 1 ? "" : "s") you missed "
                        + "come\(missed == 1 ? "s" : "") back in `peertrack review\(learner.asOption)`."))
            }
            return outcome
        }
        switch outcome {
        case .finished:
            let (record, award) = try withStore { log in
                let record = try log.record(session, started: started)
                return (record, curriculum.module(quiz.moduleID).map { log.awardCE(for: $0, quiz: quiz) } ?? .none)
            }
            terminal.write("\n" + style.wrap("Attempt recorded for \(learner.displayName) (\(record.stamp.id))."))
            terminal.write(QuizScreens.ceNote(award, quiz: quiz, style: style, asOption: learner.asOption))
        case .quit, .endOfInput:
            let resumeCommand = "`peertrack quiz \(quiz.id) --resume\(learner.asOption)`"
            if session.answers.count > alreadySaved {
                let record = try withStore { try $0.save(session, started: started) }
                terminal.write(style.wrap(
                    "Stopped. Saved your answers to \(session.answers.count) of \(session.total) questions (\(record.stamp.id)); "
                        + "continue at question \(session.number) with \(resumeCommand)."))
            } else if resume {
                terminal.write(style.wrap("Stopped. Your saved attempt is unchanged; continue it with \(resumeCommand)."))
            } else {
                terminal.write(style.wrap("Stopped before the first answer; nothing was saved."))
            }
        }
        return outcome
    }
}
