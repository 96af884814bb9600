#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A file a user named for PeerTrack to read (evidence, a spreadsheet, a transcript, a
/// content or program file), opened the one safe way: without blocking (a FIFO or a
/// device never makes PeerTrack wait, and never while it holds the store's lock), with
/// close-on-exec, and checked to be a regular file before a byte is read. Commands read
/// such files before they lock the store.
public final class UserFile {
    /// The path as the user gave it.
    public let path: String
    /// The open descriptor (blocking again once the file is known to be regular); closed
    /// with the object.
    public let descriptor: Int32
    /// The size when it was opened.
    public let size: Int

    /// Opens a file for reading; an error names the file and what it is when it is not a
    /// regular file ("is a FIFO", "is a folder", "is a device").
    public init(path: String) throws(UserFileError) {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else { throw UserFileError(path: path, problem: .cannotOpen(errno: errno)) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let code = errno
            close(descriptor)
            throw UserFileError(path: path, problem: .cannotRead(errno: code))
        }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG else {
            close(descriptor)
            throw UserFileError(path: path, problem: .notRegular(UserFileError.Kind(type)))
        }
        // A regular file never blocks; plain reads are simpler to retry.
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        self.path = path
        self.descriptor = descriptor
        self.size = Int(info.st_size)
    }

    deinit { close(descriptor) }

    /// Reads the whole file, refusing one of more than `limit` bytes (checked before a
    /// byte is read and again while reading, for a file that grows).
    public func readAll(limit: Int) throws(UserFileError) -> [UInt8] {
        guard size <= limit else { throw UserFileError(path: path, problem: .tooLarge(size: size, limit: limit)) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw UserFileError(path: path, problem: .cannotRead(errno: errno)) }
            if count == 0 { return bytes }
            guard bytes.count + count <= limit else {
                throw UserFileError(path: path, problem: .tooLarge(size: bytes.count + count, limit: limit))
            }
            bytes += chunk[0..<count]
        }
    }

    /// The next bytes, at most `count` of them; fewer only at the end of the file (for a
    /// reader that looks at a file's start before it decides how much it may read).
    public func read(upTo count: Int) throws(UserFileError) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(max(0, min(count, 1 << 20)))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count < count {
            let wanted = min(chunk.count, count - bytes.count)
            let got = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, wanted) }
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else { throw UserFileError(path: path, problem: .cannotRead(errno: errno)) }
            if got == 0 { break }
            bytes += chunk[0..<got]
        }
        return bytes
    }

    /// Opens and reads a whole file (see `init(path:)` and `readAll(limit:)`).
    public static func contents(of path: String, limit: Int) throws(UserFileError) -> [UInt8] {
        try UserFile(path: path).readAll(limit: limit)
    }
}

/// Why a file a user named could not be read.
public struct UserFileError: Error, Equatable, CustomStringConvertible {
    /// What a path names when it is not a regular file.
    public enum Kind: String, Sendable {
        case fifo = "a FIFO (named pipe)"
        case folder = "a folder"
        case device = "a device"
        case socket = "a socket"
        case other = "not a regular file"

        init(_ type: mode_t) {
            switch type {
            case S_IFIFO: self = .fifo
            case S_IFDIR: self = .folder
            case S_IFCHR, S_IFBLK: self = .device
            case S_IFSOCK: self = .socket
            default: self = .other
            }
        }
    }

    /// What went wrong.
    public enum Problem: Equatable, Sendable {
        case cannotOpen(errno: Int32)
        case cannotRead(errno: Int32)
        case notRegular(Kind)
        case tooLarge(size: Int, limit: Int)
    }

    /// The path as the user gave it.
    public var path: String
    public var problem: Problem

    /// Makes the error.
    public init(path: String, problem: Problem) {
        self.path = path
        self.problem = problem
    }

    /// What is wrong, without the path: "is a FIFO (named pipe); expected a regular file".
    public var reason: String {
        switch problem {
        case .cannotOpen(let code): "cannot be opened: \(String(cString: strerror(code)))"
        case .cannotRead(let code): "cannot be read: \(String(cString: strerror(code)))"
        case .notRegular(.other): "is not a regular file; expected a regular file"
        case .notRegular(let kind): "is \(kind.rawValue); expected a regular file"
        case .tooLarge(let size, let limit): "is \(size) bytes; the limit is \(limit) bytes"
        }
    }

    public var description: String { "\(SafeText.visible(path)): \(reason)" }
}
