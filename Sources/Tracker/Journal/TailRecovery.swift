import PeerTrackCore
import Foundation

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A torn last line (bytes after the last newline, or a last complete line whose checksum
/// does not match), as a crash or a failed write mid-append leaves. Reading ignores it; only
/// a command that appends sets it aside first, into a recovery file beside the journal.
struct TailRecovery {
    /// Where the torn part starts, and why it is torn.
    let offset: Int
    let reason: String
    /// How many bytes it holds.
    let length: Int

    /// The torn tail of a journal's bytes, if it has one.
    static func find(in bytes: UnsafeRawBufferPointer) -> TailRecovery? {
        let size = bytes.count
        guard size > 0 else { return nil }
        let lastNewline = bytes.lastIndex(of: UInt8(ascii: "\n"))
        if lastNewline != size - 1 {
            let start = lastNewline.map { $0 + 1 } ?? 0
            return TailRecovery(offset: start, reason: "it has no end of line", length: size - start)
        }
        let previous = UnsafeRawBufferPointer(rebasing: bytes[0..<(size - 1)]).lastIndex(of: UInt8(ascii: "\n"))
        let start = previous.map { $0 + 1 } ?? 0
        do throws(RecordLine.Problem) {
            _ = try RecordLine.decode(UnsafeRawBufferPointer(rebasing: bytes[start..<(size - 1)]))
            return nil
        } catch {
            return TailRecovery(offset: start, reason: JournalReader.reason(error), length: size - start)
        }
    }

    /// What a command that only reads says about it, once.
    func readingNote(file: URL) -> String {
        "\(file.path): the last line is incomplete (\(reason)), as a crash or a failed write leaves it; "
            + "its \(length) bytes are ignored, and the next command that records something sets them aside"
    }

    /// Copies the torn bytes to a recovery file (fsynced), then cuts them off the journal.
    /// If either step fails, the tail stays where it is and the error says what to do.
    func setAside(_ tail: [UInt8], lock: JournalLock, directory: URL, mode: mode_t) throws -> String {
        let calls = SystemCalls.current
        let stamp = Int(Date().timeIntervalSince1970)
        let recovery = directory.appendingPathComponent("recovered-\(stamp)-at\(offset).log")
        let fd = calls.open(recovery.path, O_WRONLY | O_CREAT | O_EXCL | SystemCalls.storeFlags, mode)
        guard fd >= 0 else { throw TrackerError.tailNotSetAside(path: recovery.path, errno: errno) }
        fchmod(fd, mode)
        let written = calls.writeAll(fd, tail)
        let code = errno
        let synced = written && calls.fsync(fd) == 0
        close(fd)
        guard written, synced else {
            unlink(recovery.path)
            throw TrackerError.tailNotSetAside(path: recovery.path, errno: written ? errno : code)
        }
        guard lock.cut(to: offset) else {
            let code = errno
            unlink(recovery.path)
            throw TrackerError.tailNotSetAside(path: lock.file.path, errno: code)
        }
        return "\(lock.file.path): the last line was incomplete (\(reason)); its \(length) bytes were moved to \(recovery.path) before recording"
    }
}
