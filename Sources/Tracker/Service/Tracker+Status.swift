import PeerTrackCore

/// A person's standing on a day, for `status`, reports and transcripts.
public struct PersonStatus: Sendable {
    public var person: Person
    public var program: Program
    public var renewal: RenewalStatus
    /// For supervisors: whether the supervisor course is on record.
    public var hasSupervisorTraining: Bool
}

extension Tracker {
    /// The renewal status of one person on a day.
    public func status(of id: String, on day: Day) throws -> RenewalStatus {
        let awards = ledger.awards(of: id)
        let program = try program(of: id)
        let own = awards.filter { $0.program == program.id }.map { (date: $0.date, designation: $0.designation) }
        return program.status(awards: own, recertifications: ledger.recertifications(of: id), ce: ledger.ceEntries(of: id), on: day)
    }

    /// Everyone's (or one person's) standing on a day.
    public func standings(person id: String? = nil, on day: Day) throws -> [PersonStatus] {
        let people = try id.map { [try person($0)] } ?? ledger.people
        return try people.map { person in
            let program = try program(of: person.id)
            return PersonStatus(
                person: person, program: program, renewal: try status(of: person.id, on: day),
                hasSupervisorTraining: ledger.hasTraining(person.id, course: program.supervisorCourse, by: day))
        }
    }

    /// Who needs action on a day, most urgent first: lapsed, then in the late window
    /// (soonest end first), then due within `within` days (soonest first).
    public func dueReport(within days: Int, on day: Day) throws -> [PersonStatus] {
        let all = try standings(on: day)
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
        try standings(on: day).filter { $0.person.role == .supervisor && !$0.hasSupervisorTraining }
    }
}
