import CSystem

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The one privilege of an installed PeerTrack: its binary is set-group-id to the system
/// group `peertrack`, the only group that may enter the agency store (the crontab model).
///
/// At start the process keeps that group as its saved group id only (`setresgid(real,
/// real, privileged)`), so everything runs with the user's own credentials; the store
/// layer raises it around its own file operations alone, for the calling thread alone
/// (`setfsgid`, which Linux keeps per thread). Every file a user names is therefore opened
/// as the user, and the kernel refuses what the user could not open. A command on any
/// other store gives the group up for good (`setresgid(real, real, real)`) before it reads
/// anything.
public enum StorePrivilege {
    /// The privileged group while it is kept as the saved group; nil when the binary is not
    /// set-group-id or the group was given up. Set at start, before any other thread runs.
    nonisolated(unsafe) private static var privileged: gid_t?
    /// The real group of the user running the command.
    nonisolated(unsafe) private static var real: gid_t = getgid()

    /// Lowers the effective group to the real one, keeping a set-group-id binary's group as
    /// the saved group only, and makes the process non-dumpable. Call once, first thing.
    public static func lower() throws(PrivilegeError) {
        var realGroup: gid_t = 0, effective: gid_t = 0, saved: gid_t = 0
        guard peertrack_getresgid(&realGroup, &effective, &saved) == 0 else { throw PrivilegeError(operation: "read the process's groups", errno: errno) }
        real = realGroup
        guard effective != realGroup || saved != realGroup else { return }
        // The kernel already refuses core dumps and ptrace of a set-group-id process; say so
        // once more, so that no later change of credentials can undo it.
        _ = peertrack_make_nondumpable()
        let group = effective != realGroup ? effective : saved
        guard peertrack_setresgid(realGroup, realGroup, group) == 0 else { throw PrivilegeError(operation: "lower the group", errno: errno) }
        privileged = group
    }

    /// Gives the privileged group up for good (a command on a store other than the agency's).
    public static func drop() throws(PrivilegeError) {
        guard privileged != nil else { return }
        guard peertrack_setresgid(real, real, real) == 0 else { throw PrivilegeError(operation: "give up the group", errno: errno) }
        privileged = nil
    }

    /// Whether the privileged group is still kept (a set-group-id binary on the agency store).
    public static var isKept: Bool { privileged != nil }

    /// The privileged group's id, while it is kept.
    public static var group: gid_t? { privileged }

    /// Runs `body`, one of the store layer's own file operations, with the privileged group
    /// as this thread's file-system group; as it is when there is none. Nested calls are fine.
    public static func withStore<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        guard let privileged else { return try body() }
        let previous = peertrack_setfsgid(privileged)
        defer { _ = peertrack_setfsgid(gid_t(bitPattern: previous)) }
        return try body()
    }

    /// This thread's file-system group now (for tests).
    public static var currentFileSystemGroup: gid_t {
        // setfsgid with an id it refuses (-1) changes nothing and returns the current one.
        gid_t(bitPattern: peertrack_setfsgid(gid_t.max))
    }

    /// Whether the process may be dumped or traced by its user.
    public static var isDumpable: Bool { peertrack_is_dumpable() != 0 }
}

/// The system refused a change of the process's groups.
public struct PrivilegeError: Error, CustomStringConvertible {
    /// What was being done.
    public var operation: String
    /// The system's error number.
    public var errno: Int32

    /// "could not lower the group: Operation not permitted".
    public var description: String { "could not \(operation): \(String(cString: strerror(errno)))" }
}
