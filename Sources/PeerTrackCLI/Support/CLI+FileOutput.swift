import Foundation
import Transcripts

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

extension CLI {
    /// Writes a document: with `-o FILE`, to a temporary file beside it (mode 0600, or
    /// `mode`), flushed to disk and renamed over FILE; without, to standard output, where bytes that are not
    /// text (a PDF, an image) go only when it is not a terminal. Returns whether it went to
    /// a file, so the command can say so.
    @discardableResult
    func writeDocument(_ bytes: [UInt8], to output: String?, isText: Bool = false, what: String, mode: mode_t = 0o600) throws -> Bool {
        guard let output else {
            if !isText, console.outputIsTerminal {
                throw UsageError("\(what) is not written to a terminal; give -o FILE, or send the output to a file or a program (> FILE)")
            }
            console.write(bytes: bytes)
            return false
        }
        try TranscriptFile.write(to: URL(fileURLWithPath: output), mode: mode) { descriptor in
            var offset = 0
            while offset < bytes.count {
                let written = bytes.withUnsafeBytes { buffer in
                    Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                }
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { throw TranscriptError.io(path: output, operation: "write the file", errno: written == 0 ? EIO : errno) }
                offset += written
            }
        }
        return true
    }
}
