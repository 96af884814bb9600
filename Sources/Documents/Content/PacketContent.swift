import PeerTrackCore

/// What a renewal packet says: the person, their certification's dates, the hours that
/// count against each minimum, and every CE record in the window.
public struct PacketContent: Sendable, Equatable {
    /// The hours counted toward one CE category, against its minimum.
    public struct CategoryHours: Sendable, Equatable {
        /// The category's name as people read it.
        public var name: String
        /// Hours that count toward the category, verified or not.
        public var counted: Hours
        /// Of those, the hours a supervisor verified.
        public var verified: Hours
        /// The category's minimum for the renewal.
        public var minimum: Hours
        /// The most hours of the category that count, if capped (an application's).
        public var cap: Hours?

        /// Makes a category line.
        public init(name: String, counted: Hours, verified: Hours, minimum: Hours, cap: Hours? = nil) {
            self.name = name
            self.counted = counted
            self.verified = verified
            self.minimum = minimum
            self.cap = cap
        }
    }

    /// One requirement of the step, met or missing.
    public struct ChecklistLine: Sendable, Equatable {
        /// The requirement's name ("Reference letters").
        public var name: String
        /// Whether it is met.
        public var met: Bool
        /// Its figures in a few words ("1 of 2 received").
        public var figures: String
        /// What meets it, one line each ("from Rev. Lee, received 2026-05-02").
        public var details: [String]

        /// Makes a line.
        public init(name: String, met: Bool, figures: String, details: [String]) {
            self.name = name
            self.met = met
            self.figures = figures
            self.details = details
        }
    }

    /// Which step a packet is for.
    public enum Stage: String, Sendable {
        /// The initial application: the training log, attestations and references.
        case application
        /// A renewal.
        case renewal
    }

    /// One CE record in the window.
    public struct Row: Sendable, Equatable {
        /// The day the training was completed.
        public var date: Day
        /// The course or training title.
        public var title: String
        /// The hours it earns.
        public var hours: Hours
        /// The CE category's name.
        public var category: String
        /// The provider, or the agency for training given in house.
        public var provider: String
        /// How the record stands, such as "Verified by Ana Ruiz, 2026-03-02" or "Not verified".
        public var verification: String

        /// Makes a row.
        public init(date: Day, title: String, hours: Hours, category: String, provider: String, verification: String) {
            self.date = date
            self.title = title
            self.hours = hours
            self.category = category
            self.provider = provider
            self.verification = verification
        }
    }

    /// The agency that prepares the packet.
    public var agency: String
    /// The person renewing.
    public var personName: String
    /// The person's id at the agency.
    public var personID: String
    /// The certification program, such as "NC Certified Peer Support Specialist".
    public var programName: String
    /// The initial award; nil when unknown.
    public var award: Day?
    /// The most recent award or recertification; nil when unknown.
    public var lastCertification: Day?
    /// When renewal is due; nil when not certified.
    public var due: Day?
    /// The last day a late renewal is possible; nil when not certified.
    public var lateWindowEnd: Day?
    /// The fee for renewing late, in whole dollars.
    public var lateFee: Int
    /// The day the packet describes.
    public var onDate: Day
    /// Hours per category against its minimum, in the program's order.
    public var categories: [CategoryHours]
    /// All hours that count toward the renewal, verified or not.
    public var totalCounted: Hours
    /// Of those, the hours a supervisor verified.
    public var totalVerified: Hours
    /// The hours the renewal requires in all.
    public var totalRequired: Hours
    /// Every CE record in the window, in the order they should print.
    public var rows: [Row]
    /// The step the packet is for.
    public var stage: Stage = .renewal
    /// The last day to take the step (the application's deadline), if known.
    public var deadline: Day? = nil
    /// Every requirement of the step, met or missing, in the rule file's order.
    public var checklist: [ChecklistLine] = []

    /// Makes packet content.
    public init(
        agency: String, personName: String, personID: String, programName: String,
        award: Day?, lastCertification: Day?, due: Day?, lateWindowEnd: Day?, lateFee: Int,
        onDate: Day, categories: [CategoryHours], totalCounted: Hours, totalVerified: Hours,
        totalRequired: Hours, rows: [Row]
    ) {
        self.agency = agency
        self.personName = personName
        self.personID = personID
        self.programName = programName
        self.award = award
        self.lastCertification = lastCertification
        self.due = due
        self.lateWindowEnd = lateWindowEnd
        self.lateFee = lateFee
        self.onDate = onDate
        self.categories = categories
        self.totalCounted = totalCounted
        self.totalVerified = totalVerified
        self.totalRequired = totalRequired
        self.rows = rows
    }
}
