import Foundation
import PeerTrackCore

/// A snapshot of the program rules as `ProgramLoader` last loaded them cleanly, so that a
/// command can skip parsing the schema and validating unchanged rule files. It is derived
/// data, beside the curriculum's snapshot: keyed by the path, size, modification time and
/// inode of every rule file and of the program schema, written only after a load with no
/// problem, and ignored if damaged or stale. The rules themselves are checked in the loader
/// alone; the snapshot holds what it returned.
public struct ProgramCache: Sendable {
    /// The folder holding cache files.
    public var directory: URL
    /// Bumped whenever `Program`, `Requirement` or this encoding changes.
    static let format = "peertrack-programs-cache 1"

    /// Makes a cache in a folder (the curriculum snapshot's).
    public init(directory: URL) {
        self.directory = directory
    }

    private var snapshot: SnapshotFile {
        SnapshotFile(directory: directory, prefix: "programs-", format: Self.format)
    }

    /// What identifies the schema and the rule files as they are now.
    static func fingerprint(schema: URL, ruleFiles: [URL]) -> String {
        SnapshotFile.fingerprint(format: format, of: [schema] + ruleFiles)
    }

    /// The programs loaded from exactly these files, if there is a snapshot and it is intact.
    func load(fingerprint: String) -> [String: Program]? {
        guard var reader = snapshot.reader(for: fingerprint), let programs = try? reader.programs(), reader.isAtEnd else { return nil }
        return programs
    }

    /// Saves cleanly loaded programs; failures are ignored (the cache is optional).
    func save(_ programs: [String: Program], fingerprint: String) {
        snapshot.save(fingerprint: fingerprint) { $0.programs(programs) }
    }
}
