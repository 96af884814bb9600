import Foundation
import PeerTrackCore

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A file someone wants to attach as evidence, read and checked: a regular file of at most
/// 20 MB that is a PDF or an image. Its size is checked before a byte of it is read.
struct EvidenceCandidate {
    /// The file's name without its folder, as the record keeps it.
    let name: String
    let bytes: [UInt8]
    let kind: EvidenceKind
    /// The bytes' SHA-256 in hex.
    let sha256: String

    /// Reads and checks a file; the errors name it.
    init(reading url: URL) throws {
        let path = url.path
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw TrackerError.io(path: path, operation: "open the evidence file", errno: errno) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw TrackerError.io(path: path, operation: "read the evidence file", errno: errno) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw TrackerError.evidenceRefused(file: path, problem: .notAFile) }
        let size = Int(info.st_size)
        guard size <= EvidenceKind.maximumSize else {
            throw TrackerError.evidenceRefused(file: path, problem: .tooLarge(size: size, limit: EvidenceKind.maximumSize))
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var offset = 0
        while offset < size {
            let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + offset, size - offset) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw TrackerError.io(path: path, operation: "read the evidence file", errno: errno) }
            if count == 0 { break }
            offset += count
        }
        // A file that changed size while it was read is taken as far as it was read.
        bytes.removeLast(size - offset)
        guard let kind = EvidenceKind(leadingBytes: Array(bytes.prefix(16))) else {
            throw TrackerError.evidenceRefused(file: path, problem: bytes.isEmpty ? .empty : .notPDFOrImage)
        }
        self.name = url.lastPathComponent
        self.bytes = bytes
        self.kind = kind
        self.sha256 = SHA256.hex(bytes)
    }
}
