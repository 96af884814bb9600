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

    /// What identifies the build and the rule files as they are now. The build is the
    /// running executable: its schema and its checks ship with it, so a new build (a changed
    /// schema, a new check) reads the files again. Looking the schema file up instead would
    /// cost a resource-bundle search on every command.
    static func fingerprint(build: URL, ruleFiles: [URL]) -> String {
        SnapshotFile.fingerprint(format: format, of: [build] + ruleFiles)
    }

    /// The running executable.
    static let executable: URL = {
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return URL(fileURLWithPath: CommandLine.arguments[0]) }
        return URL(fileURLWithPath: String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }()

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
