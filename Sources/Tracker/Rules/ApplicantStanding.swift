import PeerTrackCore

/// Where an applicant is on the initial application, for reports and the dashboard.
public enum ApplicantStanding: String, Sendable, CaseIterable {
    /// Every item met: ready to be certified.
    case ready
    /// Items missing, the deadline ahead.
    case inProgress = "in-progress"
    /// The deadline passed: the course must be taken again.
    case pastDeadline = "past-deadline"
    /// No course on record yet (nothing sets a deadline).
    case noCourse = "no-course"

    /// The standing of a path at the application stage; nil at the renewal stage, or for an
    /// application its program lists nothing for.
    public init?(_ path: PathStatus, on day: Day) {
        guard path.stage == .application, !path.checklist.isEmpty else { return nil }
        if let deadline = path.deadline, day > deadline {
            self = .pastDeadline
        } else if path.requirementsMet {
            self = .ready
        } else if path.deadline == nil, path.checklist.contains(where: { $0.kind == .course && !$0.isMet }) {
            self = .noCourse
        } else {
            self = .inProgress
        }
    }

    /// Its name as people read it.
    public var label: String {
        switch self {
        case .ready: "Ready to certify"
        case .inProgress: "Applying"
        case .pastDeadline: "Past the deadline"
        case .noCourse: "No course yet"
        }
    }
}
