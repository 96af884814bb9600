import PeerTrackCore

/// What a certificate of completion says: one CE or training record, as the person
/// hands it to whoever checks their training.
public struct CertificateContent: Sendable, Equatable {
    /// The supervisor who verified the record, and when.
    public struct Verification: Sendable, Equatable {
        /// The verifying supervisor's name.
        public var supervisorName: String
        /// The day the supervisor verified the record.
        public var date: Day

        /// Makes a verification.
        public init(supervisorName: String, date: Day) {
            self.supervisorName = supervisorName
            self.date = date
        }
    }

    /// A module the person completed in PeerTrack itself.
    public struct Module: Sendable, Equatable {
        /// The module's title.
        public var title: String
        /// The titles of the lessons the person read, in order.
        public var lessonsRead: [String]
        /// The quiz result as it should read, such as "9 of 10 (90%)"; nil when the module has no quiz.
        public var quizScore: String?

        /// Makes a module completion.
        public init(title: String, lessonsRead: [String], quizScore: String?) {
            self.title = title
            self.lessonsRead = lessonsRead
            self.quizScore = quizScore
        }
    }

    /// The person who completed the training.
    public var personName: String
    /// The course or training title.
    public var courseTitle: String
    /// The day the training was completed.
    public var date: Day
    /// The hours the training earns.
    public var hours: Hours
    /// The CE category the hours count toward, as people read it.
    public var categoryName: String
    /// The training provider, or the agency for training given in house.
    public var provider: String
    /// Who issues the certificate: the agency whose store holds the record.
    public var issuer: String
    /// The supervisor's verification; nil while the record is unverified.
    public var verification: Verification?
    /// The record's id in the issuing agency's journal.
    public var recordID: String
    /// One line telling a reader how to check the record at the issuing agency.
    public var howToCheck: String
    /// The PeerTrack module behind the record; nil for outside training.
    public var module: Module?

    /// Makes certificate content.
    public init(
        personName: String, courseTitle: String, date: Day, hours: Hours, categoryName: String,
        provider: String, issuer: String, verification: Verification?, recordID: String, howToCheck: String,
        module: Module? = nil
    ) {
        self.issuer = issuer
        self.personName = personName
        self.courseTitle = courseTitle
        self.date = date
        self.hours = hours
        self.categoryName = categoryName
        self.provider = provider
        self.verification = verification
        self.recordID = recordID
        self.howToCheck = howToCheck
        self.module = module
    }
}
