import PeerTrackCore
import Foundation

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Appends lines to the journal in one write, then fsync. A write that fails part-way (a
/// full disk, an I/O error, a quota) is cut back to the journal's length before the append,
/// so a failed command records nothing and leaves no torn line behind.
enum JournalAppender {
    /// Appends `bytes` (whole lines) to a journal of `size` bytes.
    static func append(_ bytes: [UInt8], lock: JournalLock, size: Int, directory: URL) throws {
        let calls = SystemCalls.current
        guard calls.writeAll(lock.descriptor, bytes), calls.fsync(lock.descriptor) == 0 else {
            let code = errno
            // Cut back whatever part of the append reached the file.
            let cut = calls.ftruncate(lock.descriptor, off_t(size)) == 0
            if cut { _ = calls.fsync(lock.descriptor) }
            throw TrackerError.appendFailed(directory: directory.path, errno: code, cutBack: cut)
        }
    }
}
