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
    /// The status in the rules' own terms: what a transcript states is a `RenewalStatus`.
    public var renewal: RenewalStatus
    /// The shortfalls as stated, overall and per category, when they were read from a
    /// transcript (the rules derive them; a transcript may state others, which is checked).
    public var statedShortfall: Hours?
    public var statedCategoryShortfalls: [Hours]?

    /// Where the person stands: current, due soon, in the late window, lapsed or not certified.
    public var state: CertificationState { renewal.state }
    /// The award the cycle descends from.
    public var award: Day? { renewal.award }
    /// The most recent award or recertification.
    public var lastCertification: Day? { renewal.lastCertification }
    /// When renewal is due.
    public var due: Day? { renewal.due }
    /// The last day a late renewal is possible.
    public var graceEnd: Day? { renewal.graceEnd }
    /// CE dated after this day, and on or before `on`, counts.
    public var countsAfter: Day? { renewal.countsAfter }
    /// Hours the cycle needs in all.
    public var required: Hours { renewal.requiredHours }
    /// Hours that count toward the renewal, verified or not.
    public var counted: Hours { renewal.hoursCounted }
    /// Of those, the hours a supervisor verified.
    public var verified: Hours { renewal.hoursVerified }
    /// Hours still needed, overall and for every category minimum.
    public var shortfall: Hours { statedShortfall ?? renewal.shortfall }
    /// Hours per category.
    public var categories: [Category] {
        renewal.categories.enumerated().map { index, category in
            Category(
                id: category.id, name: category.name, minimum: category.minimum, counted: category.counted, verified: category.verified,
                shortfall: statedCategoryShortfalls.flatMap { index < $0.count ? $0[index] : nil } ?? category.shortfall)
        }
    }

    /// Makes a summary from the parts a transcript states.
    public init(
        on: Day, state: CertificationState, award: Day?, lastCertification: Day?, due: Day?, graceEnd: Day?, countsAfter: Day?,
        required: Hours, counted: Hours, verified: Hours, shortfall: Hours, categories: [Category]
    ) {
        self.on = on
        self.renewal = RenewalStatus(
            programID: "", state: state, award: award, lastCertification: lastCertification, due: due, graceEnd: graceEnd,
            countsAfter: countsAfter, hoursCounted: counted, hoursVerified: verified, requiredHours: required,
            categories: categories.map {
                CategoryStanding(id: $0.id, name: $0.name, minimum: $0.minimum, counted: $0.counted, verified: $0.verified)
            })
        self.statedShortfall = shortfall
        self.statedCategoryShortfalls = categories.map(\.shortfall)
    }

    /// The summary of a status the rules computed: the status itself, on its day.
    public init(_ status: RenewalStatus, on day: Day) {
        self.on = day
        // The transcript names the program elsewhere; summaries compare by what they state.
        self.renewal = status
        self.renewal.programID = ""
    }

    public static func == (lhs: StatusSummary, rhs: StatusSummary) -> Bool {
        lhs.on == rhs.on && lhs.renewal == rhs.renewal && lhs.shortfall == rhs.shortfall && lhs.categories == rhs.categories
    }
}
