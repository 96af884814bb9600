import PeerTrackCore
import Tracker

/// A person's renewal status on a day as a transcript states it: dates, hours and
/// category hours. Derived from the records, so it is checked rather than imported.
public struct StatusSummary: Sendable, Equatable {
    /// Hours in one category against its minimum.
    public struct Category: Sendable, Equatable {
        /// The category's id in the program (`ethics`).
        public var id: String
        /// Its name for people.
        public var name: String
        /// The hours it needs each cycle.
        public var minimum: Hours
        /// Hours in it that count toward the renewal.
        public var counted: Hours
        /// Of those, the hours a supervisor verified.
        public var verified: Hours
        /// Hours still needed to reach the minimum.
        public var shortfall: Hours

        /// Makes a category line.
        public init(id: String, name: String, minimum: Hours, counted: Hours, verified: Hours, shortfall: Hours) {
            self.id = id
            self.name = name
            self.minimum = minimum
            self.counted = counted
            self.verified = verified
            self.shortfall = shortfall
        }
    }

    /// The day the status is for.
    public var on: Day
    /// Where the person stands: current, due soon, in the late window, lapsed or not certified.
    public var state: CertificationState
    /// The award the cycle descends from.
    public var award: Day?
    /// The most recent award or recertification.
    public var lastCertification: Day?
    /// When renewal is due.
    public var due: Day?
    /// The last day a late renewal is possible.
    public var graceEnd: Day?
    /// CE dated after this day, and on or before `on`, counts.
    public var countsAfter: Day?
    /// Hours the cycle needs in all.
    public var required: Hours
    /// Hours that count toward the renewal, verified or not.
    public var counted: Hours
    /// Of those, the hours a supervisor verified.
    public var verified: Hours
    /// Hours still needed, overall and for every category minimum.
    public var shortfall: Hours
    /// Hours per category.
    public var categories: [Category]

    /// Makes a summary from its parts.
    public init(
        on: Day, state: CertificationState, award: Day?, lastCertification: Day?, due: Day?, graceEnd: Day?, countsAfter: Day?,
        required: Hours, counted: Hours, verified: Hours, shortfall: Hours, categories: [Category]
    ) {
        self.on = on
        self.state = state
        self.award = award
        self.lastCertification = lastCertification
        self.due = due
        self.graceEnd = graceEnd
        self.countsAfter = countsAfter
        self.required = required
        self.counted = counted
        self.verified = verified
        self.shortfall = shortfall
        self.categories = categories
    }

    /// The summary of a status the rules computed.
    public init(_ status: RenewalStatus, on day: Day) {
        self.init(
            on: day, state: status.state, award: status.award, lastCertification: status.lastCertification, due: status.due,
            graceEnd: status.graceEnd, countsAfter: status.countsAfter, required: status.requiredHours,
            counted: status.hoursCounted, verified: status.hoursVerified, shortfall: status.shortfall,
            categories: status.categories.map {
                Category(id: $0.id, name: $0.name, minimum: $0.minimum, counted: $0.counted, verified: $0.verified, shortfall: $0.shortfall)
            })
    }
}
