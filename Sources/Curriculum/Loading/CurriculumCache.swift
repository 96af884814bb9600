import Foundation
import PeerTrackCore

/// A snapshot of a curriculum that loaded cleanly, so that the next start-up can skip
/// parsing and validating unchanged files. It is derived data: keyed by every content
/// file's path, size, modification time and inode, written only after a full load with no
/// problems, ignored if damaged or stale, and never used by `curriculum check`.
public struct CurriculumCache: Sendable {
    /// The folder holding cache files.
    public var directory: URL
    /// Bumped whenever the model or this encoding changes.
    static let format = "peertrack-curriculum-cache 3"

    /// Makes a cache in a folder.
    public init(directory: URL) {
        self.directory = directory
    }

    private var snapshot: SnapshotFile {
        SnapshotFile(directory: directory, prefix: "curriculum-", format: Self.format)
    }

    /// What identifies the content files as they are now.
    static func fingerprint(of files: [URL]) -> String {
        SnapshotFile.fingerprint(format: format, of: files)
    }

    /// The cached curriculum for exactly these files, if there is one and it is intact.
    func load(fingerprint: String) -> Curriculum? {
        guard var reader = snapshot.reader(for: fingerprint), let curriculum = try? reader.curriculum(), reader.isAtEnd else { return nil }
        return curriculum
    }

    /// Saves a cleanly loaded curriculum; failures are ignored (the cache is optional).
    func save(_ curriculum: Curriculum, fingerprint: String) {
        snapshot.save(fingerprint: fingerprint) { $0.curriculum(curriculum) }
    }
}
