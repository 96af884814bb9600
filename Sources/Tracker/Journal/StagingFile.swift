import Foundation
import PeerTrackCore

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Journal lines written aside, beside the journal, while an import is checked: they go
/// into the journal only once the whole import has passed (`Journal.appendStaged`), and
/// the file is removed either way. One left by a process that was killed is removed the
/// next time the store opens (under the journal's lock, so never one in use).
final class StagingFile {
    private static let prefix = "staging-"
    private static let suffix = ".import"
    /// Lines are written in pieces of about this many bytes.
    private static let pieceSize = 1 << 20

    let url: URL
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    /// The bytes staged so far, written or not.
    private(set) var length = 0

    /// A new, empty staging file in the store folder.
    convenience init(directory: URL, mode: mode_t) throws {
        let (url, fd) = try StorePrivilege.withStore { try StagingFile.create(in: directory, mode: mode) }
        self.init(url: url, descriptor: fd)
    }

    private init(url: URL, descriptor: Int32) {
        self.url = url
        self.descriptor = descriptor
        buffer.reserveCapacity(StagingFile.pieceSize + 4096)
    }

    /// Makes the file, under a name no other import uses.
    private static func create(in directory: URL, mode: mode_t) throws -> (URL, Int32) {
        let calls = SystemCalls.current
        var url: URL
        var fd: Int32
        repeat {
            url = directory.appendingPathComponent("\(StagingFile.prefix)\(getpid())-\(UInt32.random(in: 0...UInt32.max))\(StagingFile.suffix)")
            fd = calls.open(url.path, O_RDWR | O_CREAT | O_EXCL | SystemCalls.storeFlags, mode)
        } while fd < 0 && errno == EEXIST
        guard fd >= 0 else { throw TrackerError.appendFailed(directory: directory.path, errno: errno, cutBack: true) }
        fchmod(fd, mode)
        return (url, fd)
    }

    deinit { discard() }

    /// Adds one record's line.
    func append(_ record: Record) throws {
        let before = buffer.count
        RecordLine.encode(record, into: &buffer)
        length += buffer.count - before
        if buffer.count >= StagingFile.pieceSize { try flush() }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        guard SystemCalls.current.writeAll(descriptor, buffer) else {
            throw TrackerError.appendFailed(directory: url.deletingLastPathComponent().path, errno: errno, cutBack: true)
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Appends every staged line to the file open at `target`.
    func copy(to target: Int32) throws {
        try flush()
        let calls = SystemCalls.current
        var piece = [UInt8](repeating: 0, count: StagingFile.pieceSize)
        var offset = 0
        while offset < length {
            let count = piece.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, min($0.count, length - offset), off_t(offset)) }
            guard count > 0 else { throw TrackerError.io(path: url.path, operation: "read the staged import", errno: count < 0 ? errno : EIO) }
            let written = piece.withUnsafeBytes { calls.writeAll(target, UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
            guard written else { throw TrackerError.appendFailed(directory: url.deletingLastPathComponent().path, errno: errno, cutBack: true) }
            offset += count
        }
    }

    /// Closes and removes the file (again is harmless).
    func discard() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        StorePrivilege.withStore { _ = unlink(url.path) }
        descriptor = -1
    }

    /// Removes staging files left in a store folder by an import that never finished.
    static func removeStale(in directory: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(suffix) {
            unlink(directory.appendingPathComponent(name).path)
        }
    }
}
