import PeerTrackCore

/// A person's renewal status on a day: the cycle's dates, the hours that count, and
/// whether the requirements are met.
public struct RenewalStatus: Sendable, Equatable {
    public var programID: String
    public var state: CertificationState
    /// The initial award this cycle descends from.
    public var award: Day?
    /// The most recent award or recertification.
    public var lastCertification: Day?
    /// When renewal is due.
    public var due: Day?
    /// The last day a late renewal is possible.
    public var graceEnd: Day?
    /// Training dated after this day (or on and after, for cycle-start programs) counts.
    public var countsAfter: Day?
    /// Hours that count toward this renewal, verified or not.
    public var hoursCounted: Hours
    /// Of those, the hours a supervisor verified.
    public var hoursVerified: Hours
    public var requiredHours: Hours
    public var categories: [CategoryStanding]

    /// Makes a status (the rules make them; a transcript reader states them).
    public init(
        programID: String, state: CertificationState, award: Day? = nil, lastCertification: Day? = nil, due: Day? = nil,
        graceEnd: Day? = nil, countsAfter: Day? = nil, hoursCounted: Hours, hoursVerified: Hours, requiredHours: Hours,
        categories: [CategoryStanding]
    ) {
        self.programID = programID
        self.state = state
        self.award = award
        self.lastCertification = lastCertification
        self.due = due
        self.graceEnd = graceEnd
        self.countsAfter = countsAfter
        self.hoursCounted = hoursCounted
        self.hoursVerified = hoursVerified
        self.requiredHours = requiredHours
        self.categories = categories
    }

    /// Hours still needed, overall and for every category minimum.
    public var shortfall: Hours {
        max(requiredHours - hoursCounted, categories.reduce(.zero) { $0 + $1.shortfall }, .zero)
    }

    /// Whether the counted hours meet the total and every category minimum.
    public var requirementsMet: Bool {
        state != .notCertified && shortfall == .zero
    }

    /// Whether the verified hours alone meet the requirements.
    public var verifiedRequirementsMet: Bool {
        guard state != .notCertified, hoursVerified >= requiredHours else { return false }
        return categories.allSatisfy { $0.verified >= $0.minimum }
    }

    /// Days from `day` to the due date (negative once past it).
    public func daysUntilDue(from day: Day) -> Int? {
        due.map { day.days(until: $0) }
    }
}
