/// What can go wrong writing a transcript, each naming the file, record or field at fault.
/// (Problems inside a transcript being read are `XMLDocumentError` diagnostics instead.)
public enum TranscriptError: Error, Equatable, CustomStringConvertible {
    /// The operating system refused a file operation.
    case io(path: String, operation: String, errno: Int32)
    /// A record holds a character that XML 1.0 cannot carry (a control character).
    case unrepresentable(record: String, field: String)
    /// This build has no transcript schema.
    case missingSchema

    public var description: String {
        switch self {
        case .io(let path, let operation, let code):
            "\(path): could not \(operation): \(String(cString: strerror(code)))"
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
