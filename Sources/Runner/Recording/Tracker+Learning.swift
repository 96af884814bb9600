import Curriculum
import Tracker

extension Tracker {
    /// The learner: `--as` (who must be on the roster), else the roster person whose
    /// login is the OS account, else the OS account itself.
    public func learner(as id: String?) throws -> Learner {
        if let id { return Learner(id: id, person: try person(id), source: .option) }
        if let person = ledger.person(login: context.account) { return Learner(id: person.id, person: person, source: .login) }
        return Learner(id: context.account, person: nil, source: .account)
    }

    /// What the learner has done so far.
    public func progress(of learner: Learner) -> LearnerProgress {
        LearnerProgress(ledger: ledger, person: learner.id)
    }

    /// Now as a record time, `YYYY-MM-DDTHH:MM:SSZ`.
    public var timestamp: String {
        TrackerContext.timestamp(context.now())
    }

    /// Records that a lesson was read to the end.
    @discardableResult
    public func recordLesson(_ lesson: Lesson, in module: Module, for learner: Learner) throws -> Record {
        try write([(.lesson, [("person", learner.id), ("module", module.id), ("lesson", lesson.id)])], actor: learner.person?.id)[0]
    }

    /// Records a finished attempt: what was asked, what was answered, the score and times.
    @discardableResult
    public func recordAttempt(_ session: QuizSession, started: String, for learner: Learner) throws -> Record {
        let score = session.score
        let fields = attemptFields(session, learner: learner) + [
            ("correct", String(score.correct)), ("asked", String(score.asked)), ("score", String(score.percent)),
            ("passed", score.passed ? "true" : "false"), ("started", started), ("ended", timestamp),
        ]
        return try write([(.attempt, fields)], actor: learner.person?.id)[0]
    }

    /// Saves an attempt part-way so that it can be resumed at the same question.
    @discardableResult
    public func saveProgress(_ session: QuizSession, started: String, for learner: Learner) throws -> Record {
        try write([(.progress, attemptFields(session, learner: learner) + [("started", started)])], actor: learner.person?.id)[0]
    }

    /// Adds the quiz's CE hours for a passed attempt, once per quiz and person, as
    /// in-service training dated today.
    public func awardCE(for quiz: Quiz, attempt: Record, learner: Learner) -> CEAward {
        guard attempt["passed"] == "true", let hours = quiz.ceHours, let category = quiz.ceCategory else { return .none }
        guard let person = learner.person else { return .notOnRoster(learner.id) }
        let earlier = ledger.records(.ce, of: person.id).first { record in
            !ledger.isVoided(record.id) && record["attempt"].flatMap { ledger.record($0) }?["quiz"] == quiz.id
        }
        if let earlier { return .alreadyRecorded(earlier.id) }
        do {
            let record = try addCE(
                person: person.id, date: context.today.description, hours: hours.description, title: "Quiz passed: \(quiz.title)",
                category: category, provider: "in-service", extra: [("attempt", attempt.id)], actor: person.id)
            return .recorded(record)
        } catch {
            return .refused("\(error)")
        }
    }

    private func attemptFields(_ session: QuizSession, learner: Learner) -> [(String, String)] {
        [
            ("person", learner.id), ("quiz", session.quiz.id), ("version", String(session.quiz.version)),
            ("seed", String(session.draw.seed)), ("questions", session.draw.questionIDs.joined(separator: ",")),
            ("answers", AnswerCoding.join(session.encodedAnswers)),
        ]
    }
}
