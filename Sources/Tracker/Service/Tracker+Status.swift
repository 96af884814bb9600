import PeerTrackCore

/// A person's standing on a day, for `status`, reports and transcripts.
public struct PersonStatus: Sendable {
    public var person: Person
    public var program: Program
    public var renewal: RenewalStatus
    /// For supervisors: whether the supervisor course is on record.
    public var hasSupervisorTraining: Bool
    /// Where the person stands on the whole path: the application or the next renewal,
    /// with every requirement met or missing.
    public var path: PathStatus
}

extension Dictionary where Key == String, Value == Program {
    /// The program a person is certified in (their latest award's), else the store's default.
    func program(of history: PersonHistory, defaultProgram: String?) throws -> Program {
        let id = history.awards.last?.program ?? defaultProgram ?? Tracker.fallbackProgram
        guard let program = self[id] else {
            throw TrackerError.invalidValue(field: .program, value: id, expected: "one of \(keys.sorted().joined(separator: ", "))")
        }
        return program
    }

    /// A person's standing on a day, from their history.
    func standing(of history: PersonHistory, defaultProgram: String?, on day: Day) throws -> PersonStatus {
        let program = try program(of: history, defaultProgram: defaultProgram)
        let renewal = program.renewal(of: history, on: day, defaultProgram: defaultProgram)
        return PersonStatus(
            person: history.person, program: program, renewal: renewal,
            hasSupervisorTraining: history.hasTraining(course: program.supervisorCourse, by: day),
            path: program.path(of: history, renewal: renewal, on: day))
    }
}

/// The programs and the store's default program: what a person's standing follows from,
/// as a value that whole-roster passes hand to their workers.
public struct StandingRules: Sendable {
    let programs: [String: Program]
    let defaultProgram: String?

    /// A person's standing on a day, from their history.
    public func standing(of history: PersonHistory, on day: Day) throws -> PersonStatus {
        try programs.standing(of: history, defaultProgram: defaultProgram, on: day)
    }
}

extension Tracker {
    /// The rules standings follow, for passes over everyone.
    public var standingRules: StandingRules {
        StandingRules(programs: programs, defaultProgram: ledger.defaultProgram)
    }

    /// A person's standing on a day, from their history (such as `forEveryone` passes).
    public func standing(of history: PersonHistory, on day: Day) throws -> PersonStatus {
        try standingRules.standing(of: history, on: day)
    }

    /// The renewal status of one person on a day.
    public func status(of id: String, on day: Day) throws -> RenewalStatus {
        try standing(of: try history(of: id), on: day).renewal
    }

    /// One person's renewal status, whoever is asking (for the tracker's own checks).
    func renewalStatus(of id: String, on day: Day) throws -> RenewalStatus {
        try standing(of: try loadedHistory(of: id), on: day).renewal
    }

    /// One person's standing, or the standing of everyone the acting person may see.
    public func standings(person id: String? = nil, on day: Day) throws -> [PersonStatus] {
        if let id { return [try standing(of: try history(of: id), on: day)] }
        let rules = standingRules
        let all = try mapEveryone { history in try rules.standing(of: history, on: day) }
        guard isShared else { return all }
        let visible = Set(visiblePeople.map(\.id))
        return all.filter { visible.contains($0.person.id) }
    }

    /// Who needs action on a day, most urgent first: lapsed, then in the late window
    /// (soonest end first), then due within `within` days (soonest first).
    public func dueReport(within days: Int, on day: Day) throws -> [PersonStatus] {
        try authorize(.report, subject: nil)
        return Tracker.dueReport(try standings(on: day), within: days, on: day)
    }

    /// The due report of standings already computed.
    public static func dueReport(_ all: [PersonStatus], within days: Int, on day: Day) -> [PersonStatus] {
        func rank(_ status: PersonStatus) -> (Int, Day)? {
            let renewal = status.renewal
            switch renewal.state {
            case .lapsed: return (0, renewal.graceEnd ?? day)
            case .grace: return (1, renewal.graceEnd ?? day)
            case .current, .dueSoon:
                guard let due = renewal.due, day.days(until: due) <= days else { return nil }
                return (2, due)
            case .notCertified: return nil
            }
        }
        return all.compactMap { status in rank(status).map { ($0, status) } }
            .sorted { ($0.0.0, $0.0.1, $0.1.person.id) < ($1.0.0, $1.0.1, $1.1.person.id) }
            .map(\.1)
    }

    /// Applicants whose application deadline falls within `days` of `day`, or has passed
    /// (their course must be taken again): those past it first, then the soonest deadline.
    /// Applicants who have not taken the course yet have no deadline and are not listed.
    public static func applicantsDue(_ all: [PersonStatus], within days: Int, on day: Day) -> [PersonStatus] {
        all.filter { status in
            guard status.path.stage == .application, let deadline = status.path.deadline else { return false }
            return day.days(until: deadline) <= days
        }.sorted { ($0.path.deadline ?? day, $0.person.id) < ($1.path.deadline ?? day, $1.person.id) }
    }

    /// Supervisors on the roster without the supervisor course on record.
    public func supervisorsWithoutTraining(on day: Day) throws -> [PersonStatus] {
        try authorize(.report, subject: nil)
        return Tracker.supervisorsWithoutTraining(try standings(on: day))
    }

    /// The supervisors without the supervisor course among standings already computed.
    public static func supervisorsWithoutTraining(_ all: [PersonStatus]) -> [PersonStatus] {
        all.filter { $0.person.role == .supervisor && !$0.hasSupervisorTraining }
    }
}
