#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A file a user named, opened to be read only if it is a regular file: opened without
/// blocking (so a FIFO with no writer cannot hang the reader) and closed on exec, checked
/// with `fstat`, and read no further than a cap that is checked before reading (against
/// its size) and again while reading (a file may grow).
final class RegularFile {
    /// Why a file cannot be read, for people: "is a FIFO", "is a folder", "does not exist".
    struct Refusal: Error, Equatable {
        var reason: String
    }

    let path: String
    /// The size `fstat` gave when the file was opened.
    let size: Int
    private let descriptor: Int32

    /// Opens `path`, refusing anything that is not a regular file.
    init(_ path: String) throws(Refusal) {
        let descriptor = Glibc.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw Refusal(reason: RegularFile.reason(errno: errno)) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let reason = RegularFile.reason(errno: errno)
            Glibc.close(descriptor)
            throw Refusal(reason: reason)
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            Glibc.close(descriptor)
            throw Refusal(reason: RegularFile.kind(of: status.st_mode))
        }
        self.path = path
        self.size = Int(status.st_size)
        self.descriptor = descriptor
    }

    deinit {
        Glibc.close(descriptor)
    }

    /// The next bytes, at most `count` of them; fewer only at the end of the file.
    func read(upTo count: Int) throws(Refusal) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(max(0, min(count, 1 << 20)))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count < count {
            let wanted = min(chunk.count, count - bytes.count)
            let read = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, wanted) }
            if read < 0 {
                if errno == EINTR { continue }
                throw Refusal(reason: RegularFile.reason(errno: errno))
            }
            if read == 0 { break }
            bytes.append(contentsOf: chunk[0..<read])
        }
        return bytes
    }

    /// What a file that is not regular is.
    static func kind(of mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: "is a folder, not a file"
        case S_IFIFO: "is a FIFO (a named pipe), not a regular file"
        case S_IFCHR, S_IFBLK: "is a device, not a regular file"
        case S_IFSOCK: "is a socket, not a regular file"
        default: "is not a regular file"
        }
    }

    static func reason(errno code: Int32) -> String {
        switch code {
        case ENOENT: "no such file"
        case EACCES, EPERM: "permission denied"
        case ENOTDIR: "a part of the path is not a folder"
        case ELOOP: "too many symbolic links"
        case ENAMETOOLONG: "the name is too long"
        case EISDIR: "is a folder, not a file"
        default: "cannot be read (\(String(cString: strerror(code))))"
        }
    }
}
