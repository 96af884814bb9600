import PeerTrackCore

/// What the agency dashboard shows on one day: where everyone stands, the supervisors'
/// queues of unverified records, and the supervisors who still need supervisor training.
public struct DashboardContent: Sendable, Equatable {
    /// Where a person stands with their certification; the raw values are Tracker's.
    public enum State: String, Sendable, CaseIterable, Comparable {
        /// Past the late window.
        case lapsed
        /// Past the due date, inside the late window.
        case grace
        /// The due date is inside the reminder window.
        case dueSoon = "due-soon"
        /// Certified, the due date further off.
        case current
        /// No award yet.
        case notCertified = "not-certified"

        /// The states from most to least urgent: the order the dashboard lists people in.
        public static var byUrgency: [State] { allCases }

        /// The state's name as people read it.
        public var label: String {
            switch self {
            case .lapsed: "Lapsed"
            case .grace: "Late window"
            case .dueSoon: "Due soon"
            case .current: "Current"
            case .notCertified: "Not certified"
            }
        }

        /// More urgent states sort first.
        public static func < (lhs: State, rhs: State) -> Bool {
            allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
        }
    }

    /// One person's line.
    public struct Person: Sendable, Equatable {
        /// The person's id at the agency.
        public var id: String
        /// The person's name.
        public var name: String
        /// Where the person stands.
        public var state: State
        /// When renewal is due; nil when not certified.
        public var due: Day?
        /// Hours that count toward the renewal, verified or not.
        public var counted: Hours
        /// Of those, the hours a supervisor verified.
        public var verified: Hours
        /// The hours the renewal requires.
        public var needed: Hours

        /// Makes a person's line.
        public init(id: String, name: String, state: State, due: Day?, counted: Hours, verified: Hours, needed: Hours) {
            self.id = id
            self.name = name
            self.state = state
            self.due = due
            self.counted = counted
            self.verified = verified
            self.needed = needed
        }
    }

    /// A record waiting for a supervisor's verification.
    public struct QueuedRecord: Sendable, Equatable {
        /// The record's id.
        public var recordID: String
        /// The name of the person the record is for.
        public var personName: String
        /// The day of the training.
        public var date: Day
        /// The course or training title.
        public var title: String
        /// The hours the record claims.
        public var hours: Hours

        /// Makes a queued record.
        public init(recordID: String, personName: String, date: Day, title: String, hours: Hours) {
            self.recordID = recordID
            self.personName = personName
            self.date = date
            self.title = title
            self.hours = hours
        }
    }

    /// One supervisor's queue of unverified records.
    public struct SupervisorQueue: Sendable, Equatable {
        /// The supervisor's name ("No supervisor assigned" for the unassigned queue).
        public var supervisorName: String
        /// The supervisor's id; nil for the unassigned queue.
        public var supervisorID: String?
        /// The oldest records waiting, in the order they should print (at most `shown`).
        public var records: [QueuedRecord]
        /// How many records wait in all.
        public var total: Int

        /// How many records of a queue a dashboard shows; the full list is `ce pending`.
        public static let shown = 20

        /// Makes a queue of its oldest records (at most `shown`) and its size.
        public init(supervisorName: String, supervisorID: String? = nil, records: [QueuedRecord], total: Int? = nil) {
            self.supervisorName = supervisorName
            self.supervisorID = supervisorID
            self.records = Array(records.prefix(SupervisorQueue.shown))
            self.total = total ?? records.count
        }

        /// How many records wait beyond those shown.
        public var more: Int { total - records.count }
    }

    /// How many people who need action a dashboard lists; the full list is `report due`.
    public static let peopleShown = 50

    /// How many applicants are at one stage of the initial application.
    public struct StageCount: Sendable, Equatable {
        /// The stage's name as people read it ("Ready to certify").
        public var label: String
        public var count: Int

        /// Makes a count.
        public init(label: String, count: Int) {
            self.label = label
            self.count = count
        }
    }

    /// The agency the dashboard is for.
    public var agency: String
    /// The day the dashboard describes.
    public var onDate: Day
    /// Everyone the agency tracks, in any order: the dashboard sorts them by urgency.
    public var people: [Person]
    /// The supervisors' queues, in the order they should print.
    public var queues: [SupervisorQueue]
    /// The records of people no one supervises, which administrators see.
    public var unassigned: SupervisorQueue?
    /// The names of supervisors who have not completed supervisor training.
    public var untrainedSupervisors: [String]
    /// Applicants by stage of the initial application, every stage listed (empty when the
    /// program lists no application).
    public var applicants: [StageCount] = []
    /// The weakest topics across the specialists, when the curriculum is at hand.
    public var mastery: MasteryContent?

    /// Makes dashboard content.
    public init(agency: String, onDate: Day, people: [Person], queues: [SupervisorQueue], untrainedSupervisors: [String]) {
        self.agency = agency
        self.onDate = onDate
        self.people = people
        self.queues = queues
        self.untrainedSupervisors = untrainedSupervisors
    }

    /// How many people are in each state (every state present, zero when nobody is in it).
    public var counts: [State: Int] {
        var counts = Dictionary(uniqueKeysWithValues: State.allCases.map { ($0, 0) })
        for person in people { counts[person.state, default: 0] += 1 }
        return counts
    }

    /// The people who need action (lapsed, in the late window or due soon), most urgent
    /// first: the dashboard lists the first `peopleShown` of them.
    public var peopleNeedingAction: [Person] {
        peopleByUrgency.filter { [.lapsed, .grace, .dueSoon].contains($0.state) }
    }

    /// Everyone, most urgent first; within a state, the earliest due date first, then by name.
    public var peopleByUrgency: [Person] {
        people.sorted { lhs, rhs in
            if lhs.state != rhs.state { return lhs.state < rhs.state }
            switch (lhs.due, rhs.due) {
            case let (left?, right?) where left != right: return left < right
            case (.some, .none): return true
            case (.none, .some): return false
            default: return (lhs.name, lhs.id) < (rhs.name, rhs.id)
            }
        }
    }
}
