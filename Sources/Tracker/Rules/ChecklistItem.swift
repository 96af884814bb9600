import PeerTrackCore

/// One requirement of a certification step on a day: met or missing, with the figures
/// that say how far along it is.
public struct ChecklistItem: Sendable, Equatable {
    /// Whether a requirement is met.
    public enum State: String, Sendable {
        case met, missing
    }

    /// Hours in one category of an hours requirement, against its minimum and cap.
    public struct CategoryFigure: Sendable, Equatable {
        public var id: String
        public var name: String
        public var minimum: Hours
        /// The most hours that count, if capped.
        public var cap: Hours?
        /// Hours on record in the category.
        public var recorded: Hours
        /// Hours that count (recorded, cut to the cap).
        public var counted: Hours

        /// Whether the minimum is reached.
        public var isMet: Bool { counted >= minimum }
    }

    /// The requirement's id (`references`; `hours` for a renewal's hours).
    public var id: String
    /// Its name for people.
    public var name: String
    public var kind: Requirement.Kind
    public var state: State
    /// Hours that count and hours required (courses and hours).
    public var hoursCounted: Hours? = nil
    public var hoursRequired: Hours? = nil
    /// Of the hours counted, those a supervisor verified (a renewal's hours).
    public var hoursVerified: Hours? = nil
    /// Hours by category (hours requirements).
    public var categories: [CategoryFigure] = []
    /// Documents received and documents required (documents).
    public var received: Int? = nil
    public var requiredCount: Int? = nil
    /// The day that meets it (a course certificate, an attestation) or, for a deadline, the
    /// last day.
    public var date: Day? = nil
    /// What meets it, in words ("from Rev. Lee, 2026-05-02"), one line each.
    public var details: [String] = []
    /// The records that meet it.
    public var records: [String] = []

    /// Whether it is met.
    public var isMet: Bool { state == .met }
}

/// Where a person stands on the certification path on a day: the step they are at, its
/// deadline and every item it needs.
public struct PathStatus: Sendable, Equatable {
    /// The step: the initial application (also after a lapse) or the next renewal.
    public var stage: PathStage
    /// The last day to take the step: the application's deadline (from the course's date)
    /// or the renewal's due date; nil when nothing sets it yet (no course on record).
    public var deadline: Day?
    /// Every requirement of the step, in the rule file's order (a renewal's hours first).
    public var checklist: [ChecklistItem]
    /// Records dated on or before this day do not count (a lapse, or the last certification).
    public var countsAfter: Day?
    /// The CE records that count toward the step's hours.
    public var ceWindow: CountingWindow

    /// Whether every item is met.
    public var requirementsMet: Bool { checklist.allSatisfy(\.isMet) }

    /// The items missing.
    public var missing: [ChecklistItem] { checklist.filter { !$0.isMet } }
}
