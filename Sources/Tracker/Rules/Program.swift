import PeerTrackCore

/// A certification program's renewal rules, read from a rule file so that they can be
/// corrected without a code change.
public struct Program: Sendable, Equatable, Identifiable {
    /// Where a cycle is counted from.
    public enum Anchor: String, Sendable {
        /// From the date of the initial award (NC, PA).
        case award
        /// Calendar years, starting with the year after the award (GA).
        case calendarYear = "calendar-year"
    }

    /// How the due date falls.
    public enum DueRule: Sendable, Equatable {
        /// The last day of the month the cycle ends in (NC).
        case endOfMonth
        /// The same day of the month the cycle ends in (PA).
        case anniversary
        /// A fixed month and day in the year the cycle ends in (GA: 12-31).
        case fixed(month: Int, day: Int)
    }

    /// Which training counts toward a renewal.
    public enum CountsFrom: String, Sendable {
        /// Only training dated after the last (re)certification (NC).
        case lastCertification = "last-certification"
        /// Training dated within the cycle (GA's calendar year).
        case cycleStart = "cycle-start"
    }

    /// A CE category with the minimum hours it needs per cycle.
    public struct Category: Sendable, Equatable {
        /// Its id, as CE records name it.
        public var id: String
        /// Its name for people.
        public var name: String
        /// Hours at least, each cycle.
        public var minimum: Hours
        /// Hours at most that count toward the total, if capped (an application's "at most 8
        /// of the 20 on children and families").
        public var cap: Hours? = nil
    }

    /// An add-on designation with extra hours in its own categories.
    public struct Designation: Sendable, Equatable {
        /// Its id, as awards name it.
        public var id: String
        /// Its name for people.
        public var name: String
        /// The extra categories and their minimums.
        public var categories: [Category]
    }

    public var id: String
    /// The program's name.
    public var name: String
    /// Who certifies.
    public var authority: String
    /// The public sources the rules follow.
    public var sources: [String]
    /// Cycle length in months.
    public var cycleMonths: Int
    public var anchor: Anchor
    public var dueRule: DueRule
    /// Days after the due date during which late renewal is possible.
    public var graceDays: Int
    /// The fee for renewing late, on top of the renewal fee, in whole dollars.
    public var lateFee: Int
    /// The renewal fee, in whole dollars.
    public var renewalFee: Int
    /// How many days before the due date a person counts as due soon.
    public var reminderDays: Int
    /// Total hours each cycle.
    public var requiredHours: Hours
    public var countsFrom: CountsFrom
    /// CE categories, each with its minimum.
    public var categories: [Category]
    public var designations: [Designation]
    /// The supervisor course's title, matched without regard to case.
    public var supervisorCourse: String
    /// The supervisor course's contact hours.
    public var supervisorCourseHours: Hours
    /// Whether the program requires (rather than encourages) the supervisor course.
    public var supervisorCourseRequired: Bool
    /// The IANA time zone the program's calendar days are read in, if the rule file names one.
    public var timeZone: String? = nil
    /// What the initial application needs, besides nothing (empty when the rule file lists
    /// no application).
    public var application: [Requirement] = []
    /// What each renewal needs besides the hours (`<hours>`), such as reference forms.
    public var renewal: [Requirement] = []

    /// The category with this id, including designation categories and the categories of
    /// the application's hours.
    public func category(_ id: String) -> Category? {
        allCategories.first { $0.id == id }
    }

    /// Every category id CE records may use.
    public var categoryIDs: [String] {
        allCategories.map(\.id)
    }

    /// The renewal's category ids and the designations' (the columns of a renewal table).
    public var renewalCategoryIDs: [String] {
        (categories + designations.flatMap(\.categories)).map(\.id)
    }

    /// The renewal's categories, the designations' and the application's, each id once.
    private var allCategories: [Category] {
        var seen: Set<String> = []
        let application = self.application.flatMap { requirement -> [Category] in
            if case .hours(_, let categories) = requirement.rule { return categories }
            return []
        }
        return (categories + designations.flatMap(\.categories) + application).filter { seen.insert($0.id).inserted }
    }
}
