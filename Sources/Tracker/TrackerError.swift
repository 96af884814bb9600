import PeerTrackCore

/// Everything that can go wrong in the tracker, in the domain's words: each case names the
/// record, person, field or value at fault. How to put it right with a command is the
/// command line's business, not the library's.
public enum TrackerError: Error, Equatable, CustomStringConvertible {
    /// The journal has a bad line that is not the last: it cannot be trusted to append to.
    case corruptJournal(path: String, line: Int, reason: String)
    /// The operating system refused a file operation.
    case io(path: String, operation: String, errno: Int32)
    /// A field's value is not of the expected form.
    case invalidValue(field: Field, value: String, expected: String)
    /// No person on the roster has this id.
    case unknownPerson(String)
    /// No record has this id (or it is of another kind).
    case unknownRecord(String, expected: String)
    /// The id is taken.
    case duplicatePerson(String)
    /// The store was set up for an agency already.
    case alreadyInitialized(agency: String)
    /// The record was voided before.
    case alreadyVoided(id: String, at: String, reason: String)
    /// No roster person has this OS account as their login, so no one can act.
    case noActor(account: String)
    /// Only a supervisor may verify CE records.
    case notASupervisor(id: String, role: Role)
    /// A supervisor never verifies their own record.
    case ownRecord(id: String, supervisor: String)
    /// The supervisor has no supervisor course on record.
    case supervisorUntrained(id: String, course: String)
    /// A voided record cannot be verified.
    case voidedRecord(id: String, at: String, reason: String)
    /// The record was verified before.
    case alreadyVerified(id: String, by: String, at: String)
    /// An initial award for someone who is certified.
    case alreadyCertified(id: String, state: CertificationState, on: Day)
    /// A renewal for someone with no certification on the day.
    case nothingToRenew(id: String, on: Day)
    /// A renewal after the late window: the certification lapsed.
    case lapsed(id: String, graceEnd: Day?)
    /// The store has not been set up for an agency.
    case notInitialized(path: String)
    /// Appending failed (a full disk, an I/O error): nothing was recorded, unless the cut
    /// back failed too.
    case appendFailed(directory: String, errno: Int32, cutBack: Bool)
    /// The acting person's role does not allow what they asked.
    case notPermitted(person: String, role: Role, action: String, needs: String)
    /// The OS refused the store to someone outside its group.
    case notAMember(directory: String, group: String)
    /// The agency's store is reached only through the installed, set-group-id PeerTrack.
    case privilegedStore(directory: String)
    /// Only root sets up or converts the agency's store.
    case needsRoot(directory: String, action: String)
    /// In a shared store, the OS account running the command is no one's login.
    case notOnRoster(account: String)
    /// A verification is made under the supervisor's own account, never on their behalf.
    case verifyOnBehalf(account: String, as: String)
    /// A torn last line could not be set aside, so nothing is appended after it.
    case tailNotSetAside(path: String, errno: Int32)
    /// A file that cannot be a CE record's evidence.
    case evidenceRefused(file: String, problem: EvidenceProblem)
    /// The record has no evidence attached.
    case noEvidence(record: String)
    /// The file is attached to the record already.
    case evidenceAlreadyAttached(record: String, evidence: String)
    /// The record names an evidence file the store does not hold (records imported from
    /// another agency name their files, which stay there).
    case evidenceMissing(record: String, sha256: String, origin: String?)
    /// The stored evidence file is not the one its record names: changed or damaged since.
    case evidenceDamaged(record: String, path: String, expected: String, found: String)

    /// Why a file cannot be evidence.
    public enum EvidenceProblem: Sendable, Equatable {
        /// Neither a PDF nor an image.
        case notPDFOrImage
        /// Nothing in it.
        case empty
        /// A folder, FIFO, device or socket, not a regular file.
        case notAFile(UserFileError.Kind)
        /// Larger than the limit (both in bytes).
        case tooLarge(size: Int, limit: Int)
    }

    /// Rows of an import have problems (every one is listed), or could not be read in full:
    /// nothing was recorded.
    case rowsRefused([RowProblem])
    /// A certification step whose checklist is not complete on the day (each missing item
    /// summed up), and no override was given: nothing was recorded.
    case requirementsMissing(id: String, stage: PathStage, on: Day, missing: [String])

    /// The fields of the tracker's inputs, as errors name them.
    public enum Field: String, Sendable, Equatable {
        case agency, program, id, person, name, role, login, supervisor, group, date, hours, title, category, provider, reason, course, number, designation,
            store, schema, content, item, from, by, evidence
        case overrideReason = "override"
        case fileName = "file name"
    }

    public var description: String {
        switch self {
        case .corruptJournal(let path, let line, let reason):
            "\(path):\(line): the journal is damaged (\(reason)); nothing was changed. Restore this line from a backup; PeerTrack never rewrites records"
        case .io(let path, let operation, let code):
            "\(path): could not \(operation): \(String(cString: strerror(code)))"
        case .invalidValue(let field, let value, let expected):
            "\(field.rawValue) '\(SafeText.excerpt(value, limit: 80))' is not valid: expected \(expected)"
        case .unknownPerson(let id):
            "no person with id '\(SafeText.excerpt(id))' is on the roster"
        case .unknownRecord(let id, let expected):
            "no \(expected) record with id '\(SafeText.excerpt(id))'"
        case .duplicatePerson(let id):
            "a person with id '\(SafeText.excerpt(id))' is already on the roster"
        case .alreadyInitialized(let agency):
            "this store is already set up for '\(agency)'; nothing was changed"
        case .alreadyVoided(let id, let at, let reason):
            "record \(id) was already voided on \(at) (\(reason.isEmpty ? "no reason" : reason)); nothing was changed"
        case .noActor(let account):
            "who is verifying? No one on the roster has the login '\(account)'"
        case .notASupervisor(let id, let role):
            "\(id) is a \(role.rawValue); only a supervisor may verify CE records"
        case .ownRecord(_, let supervisor):
            "\(supervisor) cannot verify their own CE record; ask another supervisor"
        case .supervisorUntrained(let id, let course):
            "\(id) has not completed \"\(course)\""
        case .voidedRecord(let id, let at, let reason):
            "record \(id) was voided on \(at) (\(reason)); a voided record cannot be verified"
        case .alreadyVerified(let id, let by, let at):
            "record \(id) was already verified by \(by) on \(at); nothing was changed"
        case .alreadyCertified(let id, let state, let day):
            "\(id) is already certified (\(state.rawValue) on \(day)); a renewal is a recertification"
        case .nothingToRenew(let id, let day):
            "\(id) has no certification on \(day) to renew"
        case .lapsed(let id, let graceEnd):
            "\(id)'s certification lapsed after \(graceEnd?.description ?? "its late window"); a lapsed specialist applies again as a new applicant"
        case .notInitialized(let path):
            "the store at \(path) has no agency yet"
        case .appendFailed(let directory, let code, let cutBack):
            TrackerError.diskTrouble(directory, code)
                + (cutBack ? ": nothing was recorded; \(TrackerError.remedy(code))"
                    : "; the journal could not be cut back either: its last line is torn and is set aside by the next command that records something")
        case .notPermitted(let person, let role, let action, let needs):
            "\(person) is \(role == .admin ? "an" : "a") \(role.rawValue) and may not \(action): that needs \(needs); nothing was changed"
        case .notAMember(let directory, let group):
            "the store at \(directory) belongs to group \(group); ask the administrator to add you to that group"
        case .privilegedStore(let directory):
            "the store at \(directory) is the agency's: only the installed PeerTrack (set-group-id to the group peertrack, which no person is in) may open it"
        case .needsRoot(let directory, let action):
            "only root may \(action) the agency's store at \(directory); nothing was changed"
        case .notOnRoster(let account):
            "no one on this store's roster has the login '\(account)'; ask an administrator to add you to the roster with this login"
        case .verifyOnBehalf(let account, let id):
            "\(account) cannot verify as \(id): a verification is made under the supervisor's own account; nothing was changed"
        case .tailNotSetAside(let path, let code):
            "the journal's torn last line could not be set aside (\(path): \(String(cString: strerror(code)))); nothing was recorded and the journal is as it was; \(TrackerError.remedy(code))"
        case .evidenceRefused(let file, let problem):
            "\(file) cannot be evidence: \(problem.description); nothing was recorded"
        case .noEvidence(let record):
            "record \(record) has no evidence attached"
        case .evidenceAlreadyAttached(let record, let evidence):
            "this file is already attached to record \(record) (evidence record \(evidence)); nothing was changed"
        case .evidenceMissing(let record, let sha256, let origin):
            "the evidence file of record \(record) (SHA-256 \(sha256)) is not in this store"
                + (origin.map { ": the record came from \($0), whose store keeps the file" } ?? "")
        case .evidenceDamaged(let record, let path, let expected, let found):
            "the evidence file of record \(record) was changed or damaged after it was stored: \(path) has SHA-256 \(found), the record names \(expected); it was not written out. Restore the file from a backup"
        case .rowsRefused(let problems):
            "nothing was recorded: \(problems.count) problem(s) in the rows\(problems.map { "\n  \($0)" }.joined())"
        case .requirementsMissing(let id, let stage, let day, let missing):
            "\(id)'s \(stage.rawValue) is not complete on \(day); nothing was recorded. Missing:\(missing.map { "\n  \($0)" }.joined())"
        }
    }
}

extension TrackerError.EvidenceProblem: CustomStringConvertible {
    public var description: String {
        switch self {
        case .notPDFOrImage: "it is not a PDF or an image (\(EvidenceKind.list))"
        case .empty: "it is empty"
        case .notAFile(let kind): kind == .other ? "it is not a regular file" : "it is \(kind.rawValue), not a regular file"
        case .tooLarge(let size, let limit): "it is \(Self.megabytes(size)), more than the \(Self.megabytes(limit)) allowed"
        }
    }

    /// "20 MB", "20.1 MB" (rounded up, so a file just over the limit never reads as the limit).
    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 1024 * 1024 - 1) / (1024 * 1024)
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
    }
}

extension TrackerError {
    /// What happened to the disk holding a folder, in plain words.
    static func diskTrouble(_ directory: String, _ code: Int32) -> String {
        switch code {
        case ENOSPC: "the disk holding \(directory) is full"
        case EDQUOT: "the disk quota for \(directory) is used up"
        case EIO: "the disk holding \(directory) reported an input/output error"
        default: "could not write to \(directory) (\(String(cString: strerror(code))))"
        }
    }

    /// What to do about it.
    static func remedy(_ code: Int32) -> String {
        switch code {
        case ENOSPC, EDQUOT: "free space and try again"
        case EIO: "check the disk, then try again"
        default: "put it right and try again"
        }
    }
}

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
