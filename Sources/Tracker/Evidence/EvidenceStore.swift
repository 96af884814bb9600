import Foundation
import PeerTrackCore

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The store's evidence files, each named by its SHA-256: `evidence/ab/cdef...` (the first
/// two hex digits are a folder, so no folder grows too large). Files are written whole or
/// not at all (a temporary file, fsync, rename, fsync of the folder) with the journal's
/// mode: 0600 in a personal store, 0660 in a shared one, whose folders are setgid 2770.
struct EvidenceStore {
    /// The `evidence` folder of the store.
    let directory: URL
    /// The mode of every file, as the journal's.
    let fileMode: mode_t

    /// The folder name inside a store.
    static let folderName = "evidence"

    init(store: URL, fileMode: mode_t) {
        self.directory = store.appendingPathComponent(EvidenceStore.folderName, isDirectory: true)
        self.fileMode = fileMode
    }

    /// Folders of a shared store keep its group for what is made in them (setgid).
    private var folderMode: mode_t { fileMode & 0o070 != 0 ? 0o2770 : 0o700 }

    /// Where the file with this hash is kept (the hash is 64 hex digits, checked by the caller).
    func location(of sha256: String) -> URL {
        directory.appendingPathComponent(String(sha256.prefix(2)), isDirectory: true)
            .appendingPathComponent(String(sha256.dropFirst(2)))
    }

    /// The bytes kept under a hash, or nil when there is no such file.
    func bytes(of sha256: String) throws -> [UInt8]? {
        let path = location(of: sha256).path
        return try StorePrivilege.withStore { () throws -> [UInt8]? in
            guard let bytes = SystemCalls.readStoreFile(path) else {
                if errno == ENOENT { return nil }
                throw TrackerError.io(path: path, operation: "read the evidence file", errno: errno == 0 ? EIO : errno)
            }
            return bytes
        }
    }

    /// Whether an intact copy of the file is kept.
    func holds(_ sha256: String) -> Bool {
        (try? bytes(of: sha256)).flatMap { $0 }.map { SHA256.hex($0) == sha256 } ?? false
    }

    /// Keeps a file under its hash, unless an intact copy is there already (a damaged copy
    /// is replaced). On failure nothing is left half-written.
    func put(_ file: EvidenceCandidate) throws {
        try StorePrivilege.withStore { try keep(file) }
    }

    private func keep(_ file: EvidenceCandidate) throws {
        if holds(file.sha256) { return }
        let target = location(of: file.sha256)
        let folder = target.deletingLastPathComponent()
        try makeFolder(directory)
        try makeFolder(folder)
        let calls = SystemCalls.current
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp")
        let descriptor = calls.open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | SystemCalls.storeFlags, fileMode)
        guard descriptor >= 0 else { throw TrackerError.io(path: folder.path, operation: "create an evidence file", errno: errno) }
        fchmod(descriptor, fileMode)
        let written = calls.writeAll(descriptor, file.bytes) && calls.fsync(descriptor) == 0
        let code = errno
        close(descriptor)
        guard written, calls.rename(temporary.path, target.path) == 0 else {
            let failure = written ? errno : code
            unlink(temporary.path)
            throw TrackerError.appendFailed(directory: folder.path, errno: failure, cutBack: true)
        }
        _ = SystemCalls.current.syncFolder(folder.path)
    }

    /// Makes a folder if it is missing, with the store's folder mode whatever the umask,
    /// and makes its name durable in its parent.
    private func makeFolder(_ url: URL) throws {
        if mkdir(url.path, folderMode) == 0 {
            chmod(url.path, folderMode)
            _ = SystemCalls.current.syncFolder(url.deletingLastPathComponent().path)
        } else if errno != EEXIST {
            throw TrackerError.io(path: url.path, operation: "create the evidence folder", errno: errno)
        }
    }
}
