import Foundation

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The append-only record journal of one store, held open under an exclusive lock for
/// the life of the object so that several users' commands never interleave.
///
/// On open, every line's checksum is verified. A torn last line (no newline, or a bad
/// checksum on the very last line, as a crash mid-append leaves) is copied to a recovery
/// file and cut off; a bad line anywhere else stops everything with an error naming it.
public final class Journal {
    /// The store folder.
    public let directory: URL
    /// The journal file.
    public let file: URL
    /// Every record, oldest first.
    public private(set) var records: [Record] = []
    /// Things the user should know about, such as a torn line set aside.
    public private(set) var warnings: [String] = []

    private let descriptor: Int32

    /// The file name of the journal inside a store.
    public static let fileName = "journal.log"

    /// Opens (creating if needed) the store folder (0700) and its journal (0600), locks it,
    /// and reads every record.
    public init(directory: URL) throws {
        self.directory = directory
        self.file = directory.appendingPathComponent(Journal.fileName)
        try Journal.makeDirectory(directory)
        let fd = open(file.path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw TrackerError.io(path: file.path, operation: "open the journal", errno: errno) }
        descriptor = fd
        // The umask may have narrowed or (if odd) the file may predate us: force owner-only.
        fchmod(fd, 0o600)
        guard flock(fd, LOCK_EX) == 0 else {
            let code = errno
            close(fd)
            throw TrackerError.io(path: file.path, operation: "lock the journal", errno: code)
        }
        do {
            try load()
        } catch {
            close(fd)
            throw error
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    private static func makeDirectory(_ directory: URL) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw TrackerError.invalidValue(field: "store", value: directory.path, expected: "a folder")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw TrackerError.io(path: directory.path, operation: "create the store folder", errno: EACCES)
        }
        chmod(directory.path, 0o700)
    }

    private func load() throws {
        let bytes = try readAll()
        var lineStart = 0
        var lineNumber = 0
        var parsed: [Record] = []
        parsed.reserveCapacity(bytes.count / 120)
        reading: while lineStart < bytes.count {
                lineNumber += 1
                guard let newline = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) else {
                    try setAside(from: lineStart, bytes: bytes, line: lineNumber, reason: "it has no end of line")
                    break reading
                }
                let line = bytes[lineStart..<newline]
                do {
                    parsed.append(try RecordLine.decode(line))
                } catch {
                    let reason: String =
                        switch error {
                        case .checksum: "its checksum does not match"
                        case .malformed(let detail): detail
                        }
                    if newline == bytes.count - 1 {
                        try setAside(from: lineStart, bytes: bytes, line: lineNumber, reason: reason)
                        break reading
                    }
                    throw TrackerError.corruptJournal(path: file.path, line: lineNumber, reason: reason)
                }
                lineStart = newline + 1
        }
        records = parsed
    }

    private func readAll() throws -> [UInt8] {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw TrackerError.io(path: file.path, operation: "read the journal", errno: errno) }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + offset, $0.count - offset, off_t(offset)) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw TrackerError.io(path: file.path, operation: "read the journal", errno: errno) }
            offset += count
        }
        return bytes
    }

    /// Copies the torn tail to a recovery file, then cuts it off the journal.
    private func setAside(from offset: Int, bytes: [UInt8], line: Int, reason: String) throws {
        let stamp = Int(Date().timeIntervalSince1970)
        let recovery = directory.appendingPathComponent("recovered-\(stamp)-line\(line).log")
        let fd = open(recovery.path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw TrackerError.io(path: recovery.path, operation: "create the recovery file", errno: errno) }
        fchmod(fd, 0o600)
        let tail = Array(bytes[offset...])
        let written = tail.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        let synced = fsync(fd)
        close(fd)
        guard written == tail.count, synced == 0 else {
            throw TrackerError.io(path: recovery.path, operation: "write the recovery file", errno: errno)
        }
        guard ftruncate(descriptor, off_t(offset)) == 0, fsync(descriptor) == 0 else {
            throw TrackerError.io(path: file.path, operation: "cut the torn last line", errno: errno)
        }
        warnings.append(
            "\(file.path):\(line): the last line was incomplete (\(reason)), probably from an interrupted command; its \(tail.count) bytes were moved to \(recovery.path)")
    }

    /// Appends records, one write each, then makes them durable with fsync. Throws (and the
    /// command must fail) if any write or the fsync fails.
    public func append(_ newRecords: [Record]) throws {
        for record in newRecords {
            let line = RecordLine.encode(record)
            var offset = 0
            while offset < line.count {
                let count = line.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { throw TrackerError.io(path: file.path, operation: "append to the journal", errno: errno) }
                offset += count
            }
            records.append(record)
        }
        guard fsync(descriptor) == 0 else {
            throw TrackerError.io(path: file.path, operation: "flush the journal to disk (fsync)", errno: errno)
        }
    }
}
