#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// What a record says happened.
public enum RecordKind: String, Sendable, CaseIterable, Codable {
    /// The store was set up for an agency.
    case agency
    /// A person joined the roster.
    case person
    /// An initial certification award.
    case certify
    /// A recertification.
    case recertify
    /// Continuing-education hours.
    case ce
    /// A correction: the record it names stops counting.
    case void
    /// A supervisor verified a CE record.
    case verify
    /// Training of a person, such as the supervisor course.
    case training
    /// A finished quiz attempt.
    case attempt
    /// A quiz attempt saved part-way, to be resumed.
    case progress
    /// A lesson read to the end.
    case lesson
    /// A transcript was imported from another agency.
    case `import`
    /// A file (a certificate's PDF or image) attached to a CE record as its evidence.
    case evidence
    /// Who supervises a person from now on.
    case supervise
    /// An approved initial training course completed, with its certificate's date.
    case course
    /// A fact attested for a certification step, such as "18 or older".
    case attestation
    /// A document received for a certification step, such as a reference form.
    case document
    /// A question answered in review (or missed in a practice quiz), or one that left review.
    case review

    /// Whether records of this kind belong to the roster (read whenever a store opens).
    public var isRoster: Bool {
        switch self {
        case .agency, .person, .import, .supervise: true
        default: false
        }
    }

    /// The kind spelled by these bytes.
    init?(bytes: UnsafeRawBufferPointer) {
        guard let first = bytes.first else { return nil }
        let kind: RecordKind? =
            switch first {
            case UInt8(ascii: "a"): bytes.count == 6 ? .agency : bytes.count == 7 ? .attempt : .attestation
            case UInt8(ascii: "c"): bytes.count == 2 ? .ce : bytes.count == 6 ? .course : .certify
            case UInt8(ascii: "d"): .document
            case UInt8(ascii: "e"): .evidence
            case UInt8(ascii: "i"): .import
            case UInt8(ascii: "l"): .lesson
            case UInt8(ascii: "p"): bytes.count == 6 ? .person : .progress
            case UInt8(ascii: "r"): bytes.count == 9 ? .recertify : .review
            case UInt8(ascii: "s"): .supervise
            case UInt8(ascii: "t"): .training
            case UInt8(ascii: "v"): bytes.count == 4 ? .void : .verify
            default: nil
            }
        // The first letter and length choose; the whole spelling must still match.
        guard let kind, kind.rawValue.utf8.count == bytes.count, kind.rawValue.utf8.elementsEqual(bytes) else { return nil }
        self = kind
    }
}
