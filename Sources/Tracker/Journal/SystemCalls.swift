#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The system calls of the journal's write paths, in one place, so that a test can make
/// the Nth of them fail with a chosen errno and see that nothing is lost or left half done.
struct SystemCalls: Sendable {
    var open: @Sendable (_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 = { Glibc.open($0, $1, $2) }
    var write: @Sendable (_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int = { Glibc.write($0, $1, $2) }
    var fsync: @Sendable (_ descriptor: Int32) -> Int32 = { Glibc.fsync($0) }
    var ftruncate: @Sendable (_ descriptor: Int32, _ length: off_t) -> Int32 = { Glibc.ftruncate($0, $1) }
    var rename: @Sendable (_ from: String, _ to: String) -> Int32 = { Glibc.rename($0, $1) }

    /// The calls in use: the real ones, unless a test runs code with others
    /// (`SystemCalls.$current.withValue(...)`), which then hold for that task only.
    @TaskLocal static var current = SystemCalls()

    /// Writes all of `bytes`, retrying short writes and interruptions; false (with errno
    /// set) when the system refuses.
    func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                buffer.baseAddress.map { write(descriptor, $0 + offset, buffer.count - offset) } ?? -1
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                if count == 0 { errno = EIO }
                return false
            }
            offset += count
        }
        return true
    }
}
