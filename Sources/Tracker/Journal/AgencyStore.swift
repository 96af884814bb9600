import Foundation
import PeerTrackCore

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The agency's store of an installed PeerTrack: `/var/lib/peertrack`, owned by root and
/// open to the system group `peertrack` alone (2770, setgid; files 0660), which no person
/// is in, so it is reached only through the set-group-id binary.
public enum AgencyStore {
    /// Where the Debian package makes it.
    public static let path = "/var/lib/peertrack"
    /// The system group that alone may enter it (the binary's set-group-id group).
    public static let group = "peertrack"

    /// What a conversion did.
    public struct Conversion: Sendable, Equatable {
        /// The store it was, and the folder it is now.
        public var from: String
        public var to: String
        /// The group that had access before.
        public var formerGroup: String?
        /// How many records the journal holds, every one kept byte for byte.
        public var records: Int
    }

    /// Makes a store shared by an OS group (`init --group`) the agency's: its files move
    /// into `target` (unless it is there already) under the journal's lock, and everything
    /// becomes root's and `group`'s (folders 2770, files 0660), so that the old group has no
    /// access. The records are kept as they are. Run by root.
    public static func convert(_ source: URL, into target: URL, group: String = AgencyStore.group) throws -> Conversion {
        guard let entry = getgrnam(group) else {
            throw TrackerError.invalidValue(field: .group, value: group, expected: "the system group PeerTrack's package makes (peertrack)")
        }
        let gid = entry.pointee.gr_gid
        let formerGroup = StoreFolder.groupName(of: source)
        guard FileManager.default.fileExists(atPath: source.appendingPathComponent(Journal.fileName).path) else {
            throw TrackerError.invalidValue(field: .store, value: source.path, expected: "a store folder (one with a \(Journal.fileName))")
        }
        // The lock keeps every other command out while the files move.
        let journal = try Journal(directory: source)
        let records = journal.recordCount
        let same = source.standardizedFileURL.resolvingSymlinksInPath().path == target.standardizedFileURL.resolvingSymlinksInPath().path
        if !same {
            try prepareTarget(target, gid: gid)
            let names = try FileManager.default.contentsOfDirectory(atPath: source.path)
            // The journal last, so that a failure leaves it where it was.
            for name in names.sorted(by: { a, _ in a != Journal.fileName }) {
                guard rename(source.appendingPathComponent(name).path, target.appendingPathComponent(name).path) == 0 else {
                    throw TrackerError.io(path: source.appendingPathComponent(name).path, operation: "move into \(target.path)", errno: errno)
                }
            }
            _ = SystemCalls.current.syncFolder(target.path)
        }
        try hand(target, to: gid)
        if !same {
            // The old folder is empty now, and closed to its group.
            guard chown(source.path, 0, 0) == 0, chmod(source.path, 0o700) == 0 else {
                throw TrackerError.io(path: source.path, operation: "close the old store folder", errno: errno)
            }
        }
        withExtendedLifetime(journal) {}
        return Conversion(from: source.path, to: target.path, formerGroup: formerGroup, records: records)
    }

    /// The target folder, empty of any store.
    private static func prepareTarget(_ target: URL, gid: gid_t) throws {
        if !FileManager.default.fileExists(atPath: target.path) {
            guard mkdir(target.path, 0o2770) == 0 else { throw TrackerError.io(path: target.path, operation: "create the agency's store", errno: errno) }
        }
        let present = (try? FileManager.default.contentsOfDirectory(atPath: target.path)) ?? []
        guard present.isEmpty else {
            throw TrackerError.invalidValue(field: .store, value: target.path, expected: "an empty folder (it holds \(present.sorted().prefix(3).joined(separator: ", ")))")
        }
    }

    /// Root's and the group's, recursively: folders 2770 (setgid), files 0660.
    private static func hand(_ folder: URL, to gid: gid_t) throws {
        try set(folder.path, gid: gid, mode: 0o2770)
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return }
        while let name = walker.nextObject() as? String {
            let path = folder.appendingPathComponent(name).path
            var info = stat()
            guard lstat(path, &info) == 0 else { throw TrackerError.io(path: path, operation: "read", errno: errno) }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: try set(path, gid: gid, mode: 0o2770)
            case S_IFREG: try set(path, gid: gid, mode: 0o660)
            default:
                throw TrackerError.invalidValue(field: .store, value: path, expected: "only folders and regular files in a store")
            }
        }
    }

    private static func set(_ path: String, gid: gid_t, mode: mode_t) throws {
        guard lchown(path, 0, gid) == 0, chmod(path, mode) == 0 else {
            throw TrackerError.io(path: path, operation: "give the file to the group peertrack", errno: errno)
        }
    }
}
