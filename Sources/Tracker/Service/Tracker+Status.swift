import PeerTrackCore

/// A person's standing on a day, for `status`, reports and transcripts.
public struct PersonStatus: Sendable {
    public var person: Person
    public var program: Program
    public var renewal: RenewalStatus
    /// For supervisors: whether the supervisor course is on record.
    public var hasSupervisorTraining: Bool
}

extension Dictionary where Key == String, Value == Program {
    /// The program a person is certified in (their latest award's), else the store's default.
    public func program(of personID: String, in ledger: Ledger) throws -> Program {
        let id = ledger.awards(of: personID).last?.program ?? ledger.defaultProgram ?? Tracker.fallbackProgram
        guard let program = self[id] else {
            throw TrackerError.invalidValue(field: "program", value: id, expected: "one of \(keys.sorted().joined(separator: ", "))")
        }
        return program
    }

    /// A person's standing on a day, from a ledger that holds their records.
    public func standing(of person: Person, in ledger: Ledger, on day: Day) throws -> PersonStatus {
        let program = try program(of: person.id, in: ledger)
        let own = ledger.awards(of: person.id).filter { $0.program == program.id }.map { (date: $0.date, designation: $0.designation) }
        let renewal = program.status(
            awards: own, recertifications: ledger.recertifications(of: person.id), ce: ledger.ceEntries(of: person.id), on: day)
        return PersonStatus(
            person: person, program: program, renewal: renewal,
            hasSupervisorTraining: ledger.hasTraining(person.id, course: program.supervisorCourse, by: day))
    }
}

extension Tracker {
    /// A person's standing on a day, from a ledger that holds their records (such as the
    /// one `pipelineEveryone` passes).
    public func standing(of person: Person, in ledger: Ledger, on day: Day) throws -> PersonStatus {
        try programs.standing(of: person, in: ledger, on: day)
    }

    /// The renewal status of one person on a day.
    public func status(of id: String, on day: Day) throws -> RenewalStatus {
        try load(people: [id])
        return try programs.standing(of: try person(id), in: ledger, on: day).renewal
    }

    /// Everyone's (or one person's) standing on a day.
    public func standings(person id: String? = nil, on day: Day) throws -> [PersonStatus] {
        if let id {
            try load(people: [id])
            return [try programs.standing(of: try person(id), in: ledger, on: day)]
        }
        let programs = self.programs
        return try mapEveryone { person, ledger in try programs.standing(of: person, in: ledger, on: day) }
    }

    /// Who needs action on a day, most urgent first: lapsed, then in the late window
    /// (soonest end first), then due within `within` days (soonest first).
    public func dueReport(within days: Int, on day: Day) throws -> [PersonStatus] {
        Tracker.dueReport(try standings(on: day), within: days, on: day)
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

    /// Supervisors on the roster without the supervisor course on record.
    public func supervisorsWithoutTraining(on day: Day) throws -> [PersonStatus] {
        Tracker.supervisorsWithoutTraining(try standings(on: day))
    }

    /// The supervisors without the supervisor course among standings already computed.
    public static func supervisorsWithoutTraining(_ all: [PersonStatus]) -> [PersonStatus] {
        all.filter { $0.person.role == .supervisor && !$0.hasSupervisorTraining }
    }
}
