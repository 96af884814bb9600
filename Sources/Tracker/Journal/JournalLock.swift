import PeerTrackCore
import Foundation

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The journal file, open for reading and appending under an exclusive lock held for the
/// life of the object, so that several people's commands never interleave.
final class JournalLock {
    /// The journal file.
    let file: URL
    /// Its open descriptor.
    let descriptor: Int32

    /// Opens (creating if needed, with `mode`) and locks the journal.
    init(file: URL, mode: mode_t) throws {
        self.file = file
        let fd = SystemCalls.current.open(file.path, O_RDWR | O_CREAT | O_APPEND | SystemCalls.storeFlags, mode)
        guard fd >= 0 else {
            let code = errno
            let directory = file.deletingLastPathComponent()
            if code == EACCES, let group = StoreFolder.groupName(of: directory) {
                throw StoreFolder.refusal(directory, group: group)
            }
            throw TrackerError.io(path: file.path, operation: "open the journal", errno: code)
        }
        // The umask may have narrowed or widened the mode; only the owner can change it.
        var info = stat()
        if fstat(fd, &info) == 0, info.st_uid == geteuid() { fchmod(fd, mode) }
        guard flock(fd, LOCK_EX) == 0 else {
            let code = errno
            close(fd)
            throw TrackerError.io(path: file.path, operation: "lock the journal", errno: code)
        }
        self.descriptor = fd
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// Cuts the journal back to `size` bytes and syncs it; false if either step failed.
    func cut(to size: Int) -> Bool {
        let calls = SystemCalls.current
        return calls.ftruncate(descriptor, off_t(size)) == 0 && calls.fsync(descriptor) == 0
    }

    /// The journal's size in bytes now.
    func currentSize() throws -> Int {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw TrackerError.io(path: file.path, operation: "read the journal", errno: errno) }
        return Int(info.st_size)
    }
}
