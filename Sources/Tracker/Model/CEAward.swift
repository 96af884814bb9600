
/// What came of awarding a module's in-service CE hours.
public enum CEAward: Sendable, Equatable {
    /// The quiz awards no hours, or the attempt did not pass.
    case none
    /// A CE record was added (unverified until a supervisor verifies it).
    case recorded(CERecord)
    /// The quiz passed, but these lessons of the module are not read yet: the hours are
    /// recorded once they are.
    case lessonsUnread([String])
    /// The learner is not on the roster, so no CE record can be kept for them.
    case notOnRoster(String)
    /// An earlier passed attempt at the same quiz already earned the hours.
    case alreadyRecorded(String)
    /// The tracker refused the record (for example, the category is not in the program).
    case refused(String)
}
