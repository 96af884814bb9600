import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Where a snapshot of derived data (a cleanly loaded curriculum, the program rules) is
/// kept between runs, so that a start-up can skip parsing files that have not changed.
/// A snapshot is keyed by a fingerprint of the files it was made from; it is read only when
/// the fingerprint matches and its checksum holds, and a new one replaces the others of its
/// kind. It is written with the credentials of the user running the command (never inside
/// `StorePrivilege.withStore`), mode 0600, in a folder made 0700.
public struct SnapshotFile: Sendable {
    /// The cache folder.
    public var directory: URL
    /// What starts the name of every snapshot of this kind (`curriculum-`, `programs-`).
    public var prefix: String
    /// The encoding's name and version, bumped whenever the model or the encoding changes.
    public var format: String

    /// Makes the snapshot of one kind in a cache folder.
    public init(directory: URL, prefix: String, format: String) {
        self.directory = directory
        self.prefix = prefix
        self.format = format
    }

    /// What identifies `files` as they are now: the format, then each file's path, size,
    /// modification time (to the nanosecond) and inode; empty (no snapshot) when a file
    /// cannot be looked at.
    public func fingerprint(of files: [URL]) -> String {
        Self.fingerprint(format: format, of: files)
    }

    /// The fingerprint of `files` for a snapshot of this format (see `fingerprint(of:)`).
    public static func fingerprint(format: String, of files: [URL]) -> String {
        var parts = [format]
        for file in files.sorted(by: { $0.path < $1.path }) {
            var info = stat()
            guard stat(file.path, &info) == 0 else { return "" }
            parts.append("\(file.path)|\(info.st_size)|\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)|\(info.st_ino)")
        }
        return parts.joined(separator: "\n")
    }

    /// The file a snapshot with this fingerprint is kept in.
    public func file(for fingerprint: String) -> URL {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in fingerprint.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return directory.appendingPathComponent("\(prefix)\(String(hash, radix: 16)).bin")
    }

    /// A reader positioned after the stored fingerprint, if a snapshot for exactly this
    /// fingerprint exists and its checksum holds.
    public func reader(for fingerprint: String) -> BinaryReader? {
        guard !fingerprint.isEmpty, let data = try? Data(contentsOf: file(for: fingerprint)) else { return nil }
        guard var reader = try? BinaryReader(sealed: [UInt8](data)), let stored = try? reader.string(), stored == fingerprint else { return nil }
        return reader
    }

    /// Saves a snapshot (what `body` writes after the fingerprint) and removes the other
    /// snapshots of this kind; failures are ignored, since a snapshot is only a shortcut.
    public func save(fingerprint: String, _ body: (inout BinaryWriter) -> Void) {
        guard !fingerprint.isEmpty else { return }
        var writer = BinaryWriter()
        writer.string(fingerprint)
        body(&writer)
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let target = file(for: fingerprint)
        let temporary = target.appendingPathExtension("tmp\(getpid())")
        guard write(writer.sealed, to: temporary.path) else { return }
        guard rename(temporary.path, target.path) == 0 else {
            unlink(temporary.path)
            return
        }
        // Snapshots of files as they were before are of no further use.
        let others = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? []
        for other in others where other.lastPathComponent.hasPrefix(prefix) && other.lastPathComponent != target.lastPathComponent {
            try? FileManager.default.removeItem(at: other)
        }
    }

    /// Writes a new file of the user's own, mode 0600 (never more, whatever the umask); false
    /// on any failure (the file is then removed).
    private func write(_ bytes: [UInt8], to path: String) -> Bool {
        unlink(path)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { return false }
        let written = bytes.withUnsafeBytes { SystemCalls().writeAll(descriptor, $0) }
        let closed = close(descriptor) == 0
        guard written, closed else {
            unlink(path)
            return false
        }
        return true
    }
}
