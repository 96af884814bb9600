/// Everything that can go wrong in the tracker, each naming the field, value or line at fault.
public enum TrackerError: Error, Equatable, CustomStringConvertible {
    /// The journal has a bad line that is not the last: it cannot be trusted to append to.
    case corruptJournal(path: String, line: Int, reason: String)
    /// The operating system refused a file operation.
    case io(path: String, operation: String, errno: Int32)
    /// A field's value is not of the expected form.
    case invalidValue(field: String, value: String, expected: String)
    /// No person on the roster has this id.
    case unknownPerson(String)
    /// No record has this id (or it is of another kind).
    case unknownRecord(String, expected: String)
    /// The id is taken.
    case duplicatePerson(String)
    /// The action is not allowed for this person or record.
    case notAllowed(String)
    /// The store has not been set up with `peertrack init`.
    case notInitialized(path: String)

    public var description: String {
        switch self {
        case .corruptJournal(let path, let line, let reason):
            "\(path):\(line): the journal is damaged (\(reason)); nothing was changed. Restore this line from a backup; PeerTrack never rewrites records"
        case .io(let path, let operation, let code):
            "\(path): could not \(operation): \(String(cString: strerrorText(code)))"
        case .invalidValue(let field, let value, let expected):
            "\(field) '\(value)' is not valid: expected \(expected)"
        case .unknownPerson(let id):
            "no person with id '\(id)' is on the roster (see `peertrack person list`)"
        case .unknownRecord(let id, let expected):
            "no \(expected) record with id '\(id)' (see `peertrack log`)"
        case .duplicatePerson(let id):
            "a person with id '\(id)' is already on the roster; choose another id"
        case .notAllowed(let reason):
            reason
        case .notInitialized(let path):
            "the store at \(path) has no agency yet; run `peertrack init --agency NAME` first"
        }
    }
}

#if canImport(Glibc)
import Glibc
private func strerrorText(_ code: Int32) -> UnsafeMutablePointer<CChar> { strerror(code) }
#else
import Darwin
private func strerrorText(_ code: Int32) -> UnsafeMutablePointer<CChar> { strerror(code) }
#endif
