import PeerTrackCore

extension Tracker {
    /// The learner: `as` (who must be on the roster), else the roster person whose login is
    /// the OS account, else the OS account itself.
    public func learner(as id: String?) throws -> Learner {
        if let id, let person = try actingAs(id) { return Learner(id: id, person: person, source: .option) }
        if let person = ledger.person(login: account) { return Learner(id: person.id, person: person, source: .login) }
        // In a shared store everyone learns under their own roster person.
        if isShared { throw TrackerError.notOnRoster(account: account) }
        return Learner(id: account, person: nil, source: .account)
    }

    /// The learner's lessons read and quiz attempts, oldest first.
    public func learning(of learner: Learner) throws -> (lessons: [LessonRead], attempts: [QuizAttempt]) {
        if learner.isOnRoster { try authorize(.view, subject: learner.id) }
        let records = try records(about: learner.id)
        return (records.compactMap(LessonRead.init), records.compactMap(QuizAttempt.init))
    }

    /// Now as a record time, `YYYY-MM-DDTHH:MM:SSZ`.
    public var timestamp: String {
        TrackerContext.timestamp(context.now())
    }

    /// Records that a lesson was read to the end.
    @discardableResult
    public func recordLesson(_ lesson: String, module: String, for learner: Learner) throws -> LessonRead {
        if learner.isOnRoster { try authorize(.learn, subject: learner.id) }
        let record = try write([(.lesson, [("person", learner.id), ("module", module), ("lesson", lesson)])], actor: learner.person?.id)[0]
        return try typed(record, LessonRead.init)
    }

    /// Records a finished attempt (with its result) or one saved part-way (without).
    @discardableResult
    public func recordAttempt(
        quiz: String, version: Int, seed: UInt64, questionIDs: [String], answers: String, started: String,
        result: QuizAttempt.Score?, for learner: Learner
    ) throws -> QuizAttempt {
        if learner.isOnRoster { try authorize(.learn, subject: learner.id) }
        var fields = [
            ("person", learner.id), ("quiz", quiz), ("version", String(version)), ("seed", String(seed)),
            ("questions", questionIDs.joined(separator: ",")), ("answers", answers),
        ]
        if let result {
            fields += [
                ("correct", result.correctText), ("asked", String(result.asked)), ("score", String(result.percent)),
                ("passed", result.passed ? "true" : "false"), ("started", started), ("ended", timestamp),
            ]
        } else {
            fields.append(("started", started))
        }
        return try typed(write([(result == nil ? .progress : .attempt, fields)], actor: learner.person?.id)[0], QuizAttempt.init)
    }

    /// Adds a module's in-service CE hours, dated today, once every lesson of the module is
    /// read and its quiz passed; once per person and module quiz. The record names the
    /// lessons read, the passing attempt and the minutes the attempt took.
    public func awardCE(for credit: ModuleCredit, learner: Learner) -> CEAward {
        do {
            let (lessons, attempts) = try learning(of: learner)
            guard let passed = attempts.last(where: { $0.quiz == credit.quiz && $0.result?.passed == true }) else {
                return .none
            }
            guard let person = learner.person else { return .notOnRoster(learner.id) }
            let history = try loadedHistory(of: person.id)
            let earned = Set(attempts.filter { $0.quiz == credit.quiz }.map(\.stamp.id))
            if let earlier = history.continuingEducation.first(where: { ce in
                !history.isVoided(ce.id) && ce.attempt.map(earned.contains) == true
            }) {
                return .alreadyRecorded(earlier.id)
            }
            let read = Set(lessons.map(\.lesson))
            let unread = credit.lessons.filter { !read.contains($0) }
            guard unread.isEmpty else { return .lessonsUnread(unread) }
            let minutes = TrackerContext.minutes(from: passed.started, to: passed.ended)
            var extra = [("attempt", passed.stamp.id), ("module", credit.module), ("lessons", credit.lessons.joined(separator: ","))]
            if let minutes { extra.append(("minutes", String(minutes))) }
            let record = try addCE(
                person: person.id, date: today, hours: credit.hours, title: "Module completed: \(credit.moduleTitle)",
                category: credit.category, provider: "in-service", extra: extra, actor: person.id)
            return .recorded(record)
        } catch {
            return .refused("\(error)")
        }
    }
}
