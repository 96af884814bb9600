/// What a person asks the tracker to do, for deciding whether their role allows it.
public enum TrackerAction: String, Sendable {
    case view = "see the records of"
    case learn = "take lessons and quizzes as"
    case addCE = "record CE hours for"
    case void = "void a record of"
    case manage = "change the roster, certifications and training of"
    case recordCourse = "record a course or training of"
    case report = "see reports on"
    case export = "export the transcript of"
}

extension Tracker {
    /// Whether the store is shared by an OS group (roles apply), rather than personal (its
    /// owner may do everything).
    public var isShared: Bool { journal.fileMode == 0o660 }

    /// The OS account acting: the kernel's account of the process (`TrackerContext.account`).
    public var account: String { context.account }

    /// The roster person whose login is the OS account running the command.
    public var actingPerson: Person? { ledger.person(login: account) }

    /// Checks that the acting person may do `action` about `subject` (a person id; nil for
    /// the whole store), and throws an error naming the role it needs if not. In a personal
    /// store the owner may do everything.
    public func authorize(_ action: TrackerAction, subject: String?) throws {
        guard isShared else { return }
        guard let me = actingPerson else { throw TrackerError.notOnRoster(account: account) }
        if me.role == .admin { return }
        let mine = subject.map { $0 == me.id } ?? false
        let supervised = subject.flatMap { ledger.person($0)?.supervisor } == me.id && me.role == .supervisor
        let allowed: Bool
        let needed: String
        switch action {
        case .view, .learn, .addCE:
            allowed = mine || supervised
            needed = "the person themself, their supervisor or an administrator"
        case .void:
            allowed = mine || supervised
            needed = "the record's owner (while it is unverified), their supervisor or an administrator"
        case .report:
            allowed = me.role == .supervisor && (subject == nil || mine || supervised)
            needed = "a supervisor (for their own specialists) or an administrator"
        case .recordCourse:
            allowed = supervised
            needed = "the person's supervisor or an administrator"
        case .export:
            allowed = supervised
            needed = subject == nil ? "an administrator" : "the person's supervisor or an administrator"
        case .manage:
            allowed = false
            needed = "an administrator"
        }
        guard allowed else {
            throw TrackerError.notPermitted(person: me.id, role: me.role, action: "\(action.rawValue) \(subject ?? "everyone")", needs: needed)
        }
    }

    /// The people the acting person may see, in roster order: everyone in a personal store
    /// or for an administrator; a supervisor and their specialists; a specialist alone.
    public var visiblePeople: [Person] {
        guard isShared, let me = actingPerson, me.role != .admin else { return isShared && actingPerson == nil ? [] : ledger.people }
        return ledger.people.filter { $0.id == me.id || (me.role == .supervisor && $0.supervisor == me.id) }
    }

    /// The acting person, or in a personal store (or for an administrator) `as` on their
    /// behalf; acting on someone else's behalf is for administrators only.
    func actingAs(_ id: String?) throws -> Person? {
        guard let id else { return actingPerson }
        let other = try person(id)
        guard isShared, other.login != account else { return other }
        guard let me = actingPerson else { throw TrackerError.notOnRoster(account: account) }
        guard me.role == .admin else {
            throw TrackerError.notPermitted(person: me.id, role: me.role, action: "act on behalf of \(id)", needs: "an administrator")
        }
        return other
    }
}
