import Foundation
import PeerTrackCore

#if canImport(Glibc)
import Glibc
#endif

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

    /// What identifies the content files as they are now.
    static func fingerprint(of files: [URL]) -> String {
        var parts = [format]
        for file in files.sorted(by: { $0.path < $1.path }) {
            var info = stat()
            guard stat(file.path, &info) == 0 else { return "" }
            parts.append("\(file.path)|\(info.st_size)|\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)|\(info.st_ino)")
        }
        return parts.joined(separator: "\n")
    }

    private func file(for fingerprint: String) -> URL {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in fingerprint.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return directory.appendingPathComponent("curriculum-\(String(hash, radix: 16)).bin")
    }

    /// The cached curriculum for exactly these files, if there is one and it is intact.
    func load(fingerprint: String) -> Curriculum? {
        guard !fingerprint.isEmpty, let data = try? Data(contentsOf: file(for: fingerprint)) else { return nil }
        guard var reader = try? BinaryReader(sealed: [UInt8](data)), let stored = try? reader.string(), stored == fingerprint else { return nil }
        guard let curriculum = try? reader.curriculum(), reader.isAtEnd else { return nil }
        return curriculum
    }

    /// Saves a cleanly loaded curriculum; failures are ignored (the cache is optional).
    func save(_ curriculum: Curriculum, fingerprint: String) {
        guard !fingerprint.isEmpty else { return }
        var writer = BinaryWriter()
        writer.string(fingerprint)
        writer.curriculum(curriculum)
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let target = file(for: fingerprint)
        let temporary = target.appendingPathExtension("tmp\(getpid())")
        guard (try? Data(writer.sealed).write(to: temporary)) != nil else { return }
        _ = rename(temporary.path, target.path)
        // Snapshots of content as it was before are of no further use.
        let others = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? []
        for other in others where other.lastPathComponent.hasPrefix("curriculum-") && other.lastPathComponent != target.lastPathComponent {
            try? FileManager.default.removeItem(at: other)
        }
    }
}
