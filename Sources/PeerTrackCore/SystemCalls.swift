#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The system calls of every write path (the journal, its index and recovery files,
/// exports, evidence), in one place, so that a test can make the Nth of them fail with a
/// chosen errno and see that nothing is lost or left half done.
public struct SystemCalls: Sendable {
    public var open: @Sendable (_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 = { Glibc.open($0, $1, $2) }
    public var write: @Sendable (_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int = { Glibc.write($0, $1, $2) }
    public var fsync: @Sendable (_ descriptor: Int32) -> Int32 = { Glibc.fsync($0) }
    public var fdatasync: @Sendable (_ descriptor: Int32) -> Int32 = { Glibc.fdatasync($0) }
    public var ftruncate: @Sendable (_ descriptor: Int32, _ length: off_t) -> Int32 = { Glibc.ftruncate($0, $1) }
    public var rename: @Sendable (_ from: String, _ to: String) -> Int32 = { Glibc.rename($0, $1) }

    /// The real calls.
    public init() {}

    /// The flags every open of a store file has: a link planted in the store is never
    /// followed, and no child process inherits the descriptor.
    public static let storeFlags = O_CLOEXEC | O_NOFOLLOW

    /// The calls in use: the real ones, unless a test runs code with others
    /// (`SystemCalls.$current.withValue(...)`), which then hold for that task only.
    @TaskLocal public static var current = SystemCalls()

    /// Writes all of `bytes`, retrying short writes and interruptions; false (with errno
    /// set) when the system refuses.
    public func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.baseAddress.map { write(descriptor, $0 + offset, bytes.count - offset) } ?? -1
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                if count == 0 { errno = EIO }
                return false
            }
            offset += count
        }
        return true
    }

    /// fsync of a folder, so that the names made or removed in it survive a crash; false if
    /// the folder cannot be opened or synced.
    public func syncFolder(_ path: String) -> Bool {
        let descriptor = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return fsync(descriptor) == 0
    }

    /// The whole of a store file, opened with `storeFlags`; nil (with errno set) when it
    /// cannot be opened or read. (A read, so not one of the write path's calls.)
    public static func readStoreFile(_ path: String) -> [UInt8]? {
        let descriptor = Glibc.open(path, O_RDONLY | SystemCalls.storeFlags, 0)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        guard info.st_mode & S_IFMT == S_IFREG else {
            errno = EINVAL
            return nil
        }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress.map { $0 + offset }, $0.count - offset, off_t(offset)) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                if count == 0 { errno = EIO }
                return nil
            }
            offset += count
        }
        return bytes
    }

    /// Writes all of `bytes` (see the buffer form).
    public func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { writeAll(descriptor, $0) }
    }
}
