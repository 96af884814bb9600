import Foundation
import PeerTrackCore

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The marker that makes a large append all or nothing. Before the lines of an import go
/// into the journal, `append.pending` records the journal's length; it is removed once
/// they are all written and synced. A marker found when the store opens means an append
/// was cut short (the process killed, the machine down): the journal is cut back to the
/// length it records, so it holds either none of the import or, after the marker is
/// gone, all of it.
struct PendingAppend {
    static let fileName = "append.pending"
    /// The journal's length before the append.
    let size: Int

    static func url(in directory: URL) -> URL { directory.appendingPathComponent(fileName) }

    /// Writes the marker durably: a temporary file, synced, renamed, and the folder synced.
    static func begin(size: Int, directory: URL, mode: mode_t) throws {
        let calls = SystemCalls.current
        let marker = url(in: directory)
        let temporary = directory.appendingPathComponent(fileName + ".tmp")
        let fd = calls.open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | SystemCalls.storeFlags, mode)
        guard fd >= 0 else { throw TrackerError.appendFailed(directory: directory.path, errno: errno, cutBack: true) }
        fchmod(fd, mode)
        let written = calls.writeAll(fd, Array("PTAP 1 \(size)\n".utf8)) && calls.fsync(fd) == 0
        let code = errno
        close(fd)
        guard written, calls.rename(temporary.path, marker.path) == 0, calls.syncFolder(directory.path) else {
            let failure = written ? errno : code
            unlink(temporary.path)
            unlink(marker.path)
            throw TrackerError.appendFailed(directory: directory.path, errno: failure, cutBack: true)
        }
    }

    /// Removes the marker durably; false if the folder could not be synced.
    static func end(directory: URL) -> Bool {
        unlink(url(in: directory).path)
        return SystemCalls.current.syncFolder(directory.path)
    }

    /// The marker in a store folder, if there is one that can be read.
    static func find(in directory: URL) -> PendingAppend? {
        guard let bytes = SystemCalls.readStoreFile(url(in: directory).path), bytes.count < 4096,
            let text = String(validating: bytes, as: UTF8.self)
        else { return nil }
        let parts = text.split(separator: " ")
        guard parts.count == 3, parts[0] == "PTAP", parts[1] == "1",
            let size = Int(parts[2].trimmingCharacters(in: .newlines)), size >= 0
        else { return nil }
        return PendingAppend(size: size)
    }

    /// What a store says when it opens after an interrupted import.
    func note(file: URL, removed: Int, cut: Bool) -> String {
        "\(file.path): an import was interrupted before it finished; the \(removed) bytes it had written "
            + (cut ? "were taken off, and the journal is as it was before the import"
                : "are ignored (the journal could not be cut back now), and the next command that records something takes them off")
    }
}
