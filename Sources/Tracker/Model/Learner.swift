import PeerTrackCore

/// Who is reading lessons and taking quizzes: a roster person, or on a personal store the
/// operating-system account itself.
public struct Learner: Sendable, Equatable {
    /// How the learner was found.
    public enum Source: Sendable, Equatable {
        /// Named by whoever runs the command, on the learner's behalf.
        case option
        /// The roster person whose login is the OS account.
        case login
        /// No roster person: the OS account name.
        case account
    }

    /// The id records are written under.
    public let id: String
    /// The roster person, if there is one.
    public let person: Person?
    /// How the learner was found.
    public let source: Source

    /// Makes a learner.
    public init(id: String, person: Person?, source: Source) {
        self.id = id
        self.person = person
        self.source = source
    }

    /// Whether the learner is on the roster (CE hours are kept only for roster people).
    public var isOnRoster: Bool {
        person != nil
    }

    /// A name for screens: `Jane Doe (jdoe)`, or the account name.
    public var displayName: String {
        guard let person else { return SafeText.visible(id) }
        return SafeText.visible(person.name == person.id ? person.id : "\(person.name) (\(person.id))")
    }
}
