import PeerTrackCore
import PeerXML
import Foundation

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Where a transcript goes: a file written whole or not at all, or a stream such as
/// standard output. Either way the bytes pass through a file created readable by its owner
/// only, so a transcript never sits in memory whole.
public enum TranscriptFile {
    /// Writes a file through `body`, which gets a descriptor: first to a temporary file in
    /// the target's folder (mode 0600), which is then fsynced and renamed over the target.
    /// On any failure the temporary file is removed and the target is untouched.
    /// The target is refused if it is anything but a regular file (`OutputTarget`), and the
    /// file gets `mode` (0600 unless told otherwise).
    public static func write(to url: URL, mode: mode_t = 0o600, _ body: (Int32) throws -> Void) throws {
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp")
        let calls = SystemCalls.current
        let descriptor = calls.open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            let code = errno
            if [ENOSPC, EDQUOT, EIO].contains(code) { throw TranscriptError.notWritten(path: url.path, errno: code) }
            throw TranscriptError.io(path: directory.path, operation: "create a temporary file in the folder", errno: code)
        }
        var isOpen = true
        do {
            guard fchmod(descriptor, mode) == 0 else { throw TranscriptError.io(path: temporary.path, operation: "make the file private", errno: errno) }
            do {
                try TranscriptFile.syncingAlong(descriptor) { try body(descriptor) }
            } catch let error as XMLStreamWriter.WriteError where error.errno != 0 {
                throw TranscriptError.notWritten(path: url.path, errno: error.errno)
            } catch TranscriptError.io(_, _, let code) {
                throw TranscriptError.notWritten(path: url.path, errno: code)
            }
            guard calls.fsync(descriptor) == 0 else { throw TranscriptError.notWritten(path: url.path, errno: errno) }
            isOpen = false
            guard close(descriptor) == 0 else { throw TranscriptError.notWritten(path: url.path, errno: errno) }
            // What FILE names may have changed since the command began.
            try OutputTarget.check(url.path, store: nil)
            guard calls.rename(temporary.path, url.path) == 0 else { throw TranscriptError.notWritten(path: url.path, errno: errno) }
        } catch {
            if isOpen { close(descriptor) }
            unlink(temporary.path)
            throw error
        }
        // Make the rename itself durable.
        _ = calls.syncFolder(directory.path)
    }

    /// Runs `body` while a background thread pushes what it has written so far to the disk
    /// every 100 ms, so that the fsync at the end waits for the last pieces only, not for
    /// the whole of a large file.
    static func syncingAlong(_ descriptor: Int32, _ body: () throws -> Void) rethrows {
        let done = DispatchSemaphore(value: 0)
        let stopped = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            while done.wait(timeout: .now() + .milliseconds(100)) == .timedOut {
                _ = SystemCalls.current.fdatasync(descriptor)
            }
            stopped.signal()
        }
        defer {
            done.signal()
            stopped.wait()
        }
        try body()
    }

    /// Hands what `body` writes to `sink` as text in chunks (cut between characters), once
    /// `body` has finished, so that nothing reaches the sink from a transcript that failed
    /// half-way. The bytes wait in a temporary file that loses its name as soon as it is
    /// opened.
    public static func stream(_ body: (Int32) throws -> Void, to sink: (String) -> Void) throws {
        let folder = FileManager.default.temporaryDirectory
        let temporary = folder.appendingPathComponent("peertrack-transcript-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp")
        let descriptor = open(temporary.path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw TranscriptError.io(path: folder.path, operation: "create a temporary file in the folder", errno: errno)
        }
        unlink(temporary.path)
        defer { close(descriptor) }
        try body(descriptor)
        guard lseek(descriptor, 0, SEEK_SET) == 0 else {
            throw TranscriptError.io(path: temporary.path, operation: "read the transcript back", errno: errno)
        }
        var pending: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw TranscriptError.io(path: temporary.path, operation: "read the transcript back", errno: errno) }
            if count == 0 { break }
            pending += buffer[0..<count]
            let end = characterBoundary(pending)
            sink(String(decoding: pending[0..<end], as: UTF8.self))
            pending.removeFirst(end)
        }
        if !pending.isEmpty { sink(String(decoding: pending, as: UTF8.self)) }
    }

    /// The length of the longest prefix of UTF-8 bytes that does not end inside a character.
    static func characterBoundary(_ bytes: [UInt8]) -> Int {
        var index = bytes.count
        var continuation = 0
        while index > 0, continuation < 3, bytes[index - 1] & 0xC0 == 0x80 {
            index -= 1
            continuation += 1
        }
        guard index > 0 else { return bytes.count }
        let lead = bytes[index - 1]
        let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        return continuation + 1 >= length ? bytes.count : index - 1
    }
}
