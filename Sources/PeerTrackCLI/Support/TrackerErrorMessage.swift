import Operations
import PeerTrackCore
import Tracker

/// How the command line puts the tracker's domain errors: fields as the options that set
/// them, and the command that puts things right.
enum TrackerErrorMessage {
    /// The option (or positional) that sets a field.
    static func flag(_ field: TrackerError.Field) -> String {
        switch field {
        case .id, .person: "ID"
        case .schema, .store: field.rawValue
        default: "--\(field.rawValue)"
        }
    }

    /// The message for an error, with a hint where a command helps.
    static func text(_ error: TrackerError) -> String {
        switch error {
        case .invalidValue(let field, let value, let expected):
            "\(flag(field)) '\(value)' is not valid: expected \(expected)"
        case .unknownPerson:
            "\(error) (see `peertrack person list`)"
        case .unknownRecord:
            "\(error) (see `peertrack log`)"
        case .duplicatePerson:
            "\(error); choose another id"
        case .noActor:
            "\(error); pass --as SUPERVISOR-ID"
        case .supervisorUntrained(let id, let course):
            "\(error); record it with `peertrack training add \(id) --course \"\(course)\" --date YYYY-MM-DD` first"
        case .alreadyCertified(let id, let state, let day):
            "\(id) is already certified (\(state.rawValue) on \(day)); use `peertrack recertify` for a renewal"
        case .nothingToRenew:
            "\(error); record the award with `peertrack certify`"
        case .lapsed:
            "\(error): record the new award with `peertrack certify`"
        case .notInitialized:
            "\(error); run `peertrack init --agency NAME` first"
        case .notOnRoster(let account):
            "\(error) (`peertrack person add ID --name NAME --login \(account)`)"
        case .verifyOnBehalf:
            "\(error); run `peertrack ce verify` under your own account, without --as"
        case .noEvidence(let record):
            "\(error); attach one with `peertrack ce attach \(record) FILE`"
        case .evidenceMissing(let record, _, _):
            "\(error); to keep a copy here, attach the same file with `peertrack ce attach \(record) FILE`"
        case .evidenceDamaged(let record, _, _, _):
            "\(error), or attach the original file again with `peertrack ce attach \(record) FILE`"
        case .evidenceRefused, .evidenceAlreadyAttached:
            "\(error)"
        case .requirementsMissing(let id, _, _, _):
            "\(error)\nRecord them (`peertrack requirement add \(id) ITEM ...`, `peertrack ce add`), or, as an administrator, give --override REASON"
        case .rowsRefused(let problems):
            "nothing was recorded: \(problems.count) problem(s) in the rows" + problems.map { "\n  line \($0.line): \($0.field.rawValue): \(cell($0.error))" }.joined()
        case .privilegedStore:
            "\(error); run /usr/bin/peertrack, or give another store with --store DIR"
        case .needsRoot:
            "\(error); run the command with sudo"
        case .notAMember, .notPermitted, .corruptJournal, .io, .appendFailed, .tailNotSetAside, .alreadyInitialized, .alreadyVoided, .notASupervisor, .ownRecord, .voidedRecord, .alreadyVerified:
            "\(error)"
        }
    }
}

extension TrackerErrorMessage {
    /// The message for a problem of one cell of an imported row, whose line and column say
    /// where it is: the field is not named again.
    static func cell(_ error: TrackerError) -> String {
        switch error {
        case .invalidValue(_, let value, let expected):
            "\(SpreadsheetFile.quoted(value)): expected \(expected)"
        case .unknownPerson(let id):
            id.isEmpty
                ? "empty: expected the id of a person on the roster"
                : "no person with id '\(SafeText.excerpt(id))' is on the roster (add them first with `peertrack person import` or `peertrack person add`)"
        default:
            text(error)
        }
    }
}
