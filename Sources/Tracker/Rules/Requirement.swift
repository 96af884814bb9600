import PeerTrackCore

/// One item that a program's initial application or renewal asks for, as its rule file
/// states it: what kind of evidence meets it and how much of it.
public struct Requirement: Sendable, Equatable, Identifiable {
    /// What meets a requirement.
    public enum Rule: Sendable, Equatable {
        /// An approved course (a `course` record) of at least these hours.
        case course(minimumHours: Hours)
        /// Training hours (CE records) in total and by category, with minimums and caps.
        case hours(required: Hours, categories: [Program.Category])
        /// Documents (`document` records) from this many different people, such as reference forms.
        case document(count: Int)
        /// A fact attested (an `attestation` record), such as "18 or older".
        case attestation
        /// The step must be taken within `months` of the date of the course `course`.
        case deadline(course: String, months: Int)
    }

    /// The kinds of requirement, as rule files, checklists and JSON name them.
    public enum Kind: String, Sendable, CaseIterable {
        case course, hours, document, attestation, deadline
    }

    /// Its id within the program, as records and commands name it (`references`).
    public var id: String
    /// Its name for people.
    public var name: String
    /// What meets it.
    public var rule: Rule

    /// Makes a requirement.
    public init(id: String, name: String, rule: Rule) {
        self.id = id
        self.name = name
        self.rule = rule
    }

    /// Its kind.
    public var kind: Kind {
        switch rule {
        case .course: .course
        case .hours: .hours
        case .document: .document
        case .attestation: .attestation
        case .deadline: .deadline
        }
    }

    /// The record kind that meets it, if a record does (hours are CE records; a deadline is
    /// a date, not a record).
    public var recordKind: RecordKind? {
        switch rule {
        case .course: .course
        case .document: .document
        case .attestation: .attestation
        case .hours, .deadline: nil
        }
    }
}

/// The two steps of the certification path.
public enum PathStage: String, Sendable, CaseIterable {
    /// Applying for the initial certification (also again after a lapse).
    case application
    /// Renewing a certification.
    case renewal
}

extension Program {
    /// The requirements of a stage (the renewal's hours are `<hours>`, not listed here).
    public func requirements(of stage: PathStage) -> [Requirement] {
        stage == .application ? application : renewal
    }

    /// The requirement with this id that a record can meet, in either stage (the
    /// application's first).
    public func recordableRequirement(_ id: String) -> Requirement? {
        (application + renewal).first { $0.id == id && $0.recordKind != nil }
    }

    /// The ids of every requirement a record can meet, each once.
    public var recordableRequirementIDs: [String] {
        var seen: Set<String> = []
        return (application + renewal).filter { $0.recordKind != nil && seen.insert($0.id).inserted }.map(\.id)
    }
}
