import Foundation
import PeerTrackCore
import Tracker

#if canImport(Glibc)
import Glibc
#endif

/// A store set up by `init`.
package struct StoreSetUp {
    package var store: URL
    package var agency: AgencyRecord
    /// The group that shares a store made with `--group`.
    package var group: String?
    /// The first administrator, in a shared store.
    package var administrator: Person?
}

extension Workspace {
    /// Sets up the store for an agency; `administrator` (an OS account) is its first
    /// administrator, else the account running the command.
    package func setUp(agency: String, program: String?, administrator: String?, group: String?) throws -> StoreSetUp {
        let login = administrator ?? account
        guard administrator == nil || getpwnam(login) != nil else {
            throw TrackerError.invalidValue(field: .login, value: login, expected: "an OS account of this machine (see /etc/passwd)")
        }
        try Tracker.checkSetUp(agency: agency, program: program, programs: try loadPrograms())
        if let group { try Tracker.prepareSharedStore(at: storeDirectory, group: group) }
        let tracker = try openTracker()
        let record = try tracker.initialize(agency: agency, program: program, administrator: (login, Workspace.fullName(of: login) ?? login, login))
        let admin = tracker.isShared ? tracker.people.first { $0.login == login && $0.role == .admin } : nil
        return StoreSetUp(store: tracker.storeDirectory, agency: record, group: group, administrator: admin)
    }

    /// The OS account running this process: the kernel's (`getuid`), never the environment's.
    package static var processAccount: String {
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return "uid\(getuid())"
    }

    /// Whether this process runs as root.
    package static var processIsSuperuser: Bool { getuid() == 0 }

    /// The full name of an OS account, from the password database, if set.
    package static func fullName(of account: String) -> String? {
        guard let entry = getpwnam(account), let gecos = entry.pointee.pw_gecos else { return nil }
        let name = String(cString: gecos).split(separator: ",").first.map(String.init) ?? ""
        return name.isEmpty ? nil : name
    }

    package func addPerson(id: String, name: String, role: Role, login: String?, supervisor: String?) throws -> PersonRecord {
        try openTracker().addPerson(id: id, name: name, role: role, login: login, supervisor: supervisor)
    }

    package func roster() throws -> [Person] {
        try openTracker().people
    }

    package func assign(person id: String, supervisor: String) throws -> Person {
        try openTracker().assign(person: id, supervisor: supervisor)
    }

    /// Moves a store shared by a group into the agency's store (root only).
    package func convertStore(_ source: URL?) throws -> AgencyStore.Conversion {
        guard isSuperuser else { throw TrackerError.needsRoot(directory: AgencyStore.path, action: "convert a store into") }
        let agencyStore = URL(fileURLWithPath: AgencyStore.path, isDirectory: true)
        return try AgencyStore.convert(source ?? agencyStore, into: agencyStore)
    }
}
