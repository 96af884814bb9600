import Foundation
/// What can go wrong writing a transcript, each naming the file, record or field at fault.
/// (Problems inside a transcript being read are `XMLDocumentError` diagnostics instead.)
public enum TranscriptError: Error, Equatable, CustomStringConvertible {
    /// The operating system refused a file operation.
    case io(path: String, operation: String, errno: Int32)
    /// Writing a file failed part-way: the file was not written (its temporary is gone).
    case notWritten(path: String, errno: Int32)
    /// A record holds a character that XML 1.0 cannot carry (a control character).
    case unrepresentable(record: String, field: String)
    /// This build has no transcript schema.
    case missingSchema

    public var description: String {
        switch self {
        case .io(let path, let operation, let code):
            "\(path): could not \(operation): \(String(cString: strerror(code)))"
        case .notWritten(let path, let code):
            TranscriptError.trouble(URL(fileURLWithPath: path).deletingLastPathComponent().path, code) + ": \(path) was not written"
                + (code == ENOSPC || code == EDQUOT ? "; free space and try again" : "; try again once the disk is put right")
        case .unrepresentable(let record, let field):
            "record \(record) has a control character in its \(field) field, which XML cannot carry; nothing was written"
        case .missingSchema:
            "the transcript schema is missing from this build (Sources/Transcripts/Schemas/transcript.xsd); rebuild PeerTrack"
        }
    }
}

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

extension TranscriptError {
    /// What happened to the disk holding a folder, in plain words.
    static func trouble(_ directory: String, _ code: Int32) -> String {
        switch code {
        case ENOSPC: "the disk holding \(directory) is full"
        case EDQUOT: "the disk quota for \(directory) is used up"
        case EIO: "the disk holding \(directory) reported an input/output error"
        default: "could not write to \(directory) (\(String(cString: strerror(code))))"
        }
    }
}
