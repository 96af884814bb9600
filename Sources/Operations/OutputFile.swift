import Foundation
import Transcripts

#if canImport(Glibc)
import Glibc
#endif

/// A file a command writes with `-o FILE`: to a temporary file beside it (mode 0600, or
/// `mode`), flushed to disk and renamed over FILE, so that FILE is whole or as it was.
package enum OutputFile {
    package static func write(_ bytes: [UInt8], to path: String, mode: mode_t = 0o600) throws {
        try TranscriptFile.write(to: URL(fileURLWithPath: path), mode: mode) { descriptor in
            var offset = 0
            while offset < bytes.count {
                let written = bytes.withUnsafeBytes { buffer in
                    Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                }
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { throw TranscriptError.io(path: path, operation: "write the file", errno: written == 0 ? EIO : errno) }
                offset += written
            }
        }
    }
}
