import Foundation
import PeerTrackCore

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The store's folder: personal (0700, files 0600) or shared by an OS group (setgid 2770,
/// files 0660 in the folder's group whatever the umask).
enum StoreFolder {
    /// Makes the folder if it is missing (personal), and returns the mode for its files.
    static func prepare(_ directory: URL) throws -> mode_t {
        var info = stat()
        if stat(directory.path, &info) == 0 {
            // Checked with the file-system ids, which hold the store's privilege here.
            if faccessat(AT_FDCWD, directory.path, R_OK | W_OK | X_OK, AT_EACCESS) != 0, errno == EACCES, let group = groupName(of: directory) {
                throw refusal(directory, group: group)
            }
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw TrackerError.invalidValue(field: .store, value: directory.path, expected: "a folder")
            }
            return isShared(info) ? 0o660 : 0o600
        }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw TrackerError.io(path: directory.path, operation: "create the store folder", errno: EACCES)
        }
        chmod(directory.path, 0o700)
        return 0o600
    }

    /// Whether a folder is a shared store: setgid, and readable, writable and searchable
    /// by its group.
    static func isShared(_ info: stat) -> Bool {
        info.st_mode & S_ISGID != 0 && info.st_mode & 0o070 == 0o070
    }
}

extension StoreFolder {
    /// Sets a folder up as a store shared by an OS group: created if missing, owned by the
    /// group, setgid so files made in it are the group's too, 2770; the files already in it
    /// become the group's, 0660.
    static func makeShared(_ directory: URL, group: String) throws {
        try StorePrivilege.withStore { try giveToGroup(directory, group: group) }
    }

    private static func giveToGroup(_ directory: URL, group: String) throws {
        guard let entry = getgrnam(group) else {
            throw TrackerError.invalidValue(field: .group, value: group, expected: "an OS group that exists (see /etc/group)")
        }
        let gid = entry.pointee.gr_gid
        if !FileManager.default.fileExists(atPath: directory.path) {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            } catch {
                throw TrackerError.io(path: directory.path, operation: "create the store folder", errno: EACCES)
            }
        }
        guard chown(directory.path, uid_t.max, gid) == 0 else {
            throw TrackerError.io(path: directory.path, operation: "give the store folder to group \(group)", errno: errno)
        }
        guard chmod(directory.path, 0o2770) == 0 else {
            throw TrackerError.io(path: directory.path, operation: "make the store folder 2770", errno: errno)
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in names {
            let path = directory.appendingPathComponent(name).path
            guard chown(path, uid_t.max, gid) == 0, chmod(path, 0o660) == 0 else {
                throw TrackerError.io(path: path, operation: "give the file to group \(group)", errno: errno)
            }
        }
    }

    /// What the kernel's refusal of a shared store means: outside its group, or (the agency's
    /// store) not through the installed binary.
    static func refusal(_ directory: URL, group: String) -> TrackerError {
        group == AgencyStore.group ? .privilegedStore(directory: directory.path) : .notAMember(directory: directory.path, group: group)
    }

    /// The group a shared store folder belongs to, by name.
    static func groupName(of directory: URL) -> String? {
        var info = stat()
        guard stat(directory.path, &info) == 0, isShared(info), let entry = getgrgid(info.st_gid) else { return nil }
        return String(cString: entry.pointee.gr_name)
    }
}
