import QuestionBanks

/// What an operation refuses, in the domain's words (exit status 1). The CLI adds the
/// command or flag that puts it right, as it does for the tracker's errors.
package enum OperationError: Error, CustomStringConvertible {
    /// A voided record has no certificate.
    case voidedRecord(id: String, at: String, reason: String)
    /// A training record without hours cannot have a certificate, which states them.
    case trainingWithoutHours(id: String)
    /// The file named is not one a certificate check can read, or not a certificate.
    case notACertificate(path: String, reason: String)
    /// The certificate names a record this store does not hold.
    case certificateOfUnknownRecord(path: String, id: String)
    /// The certificate's record no longer has a certificate (voided, say).
    case certificateDoesNotStand(path: String, reason: String)
    /// The file is not the certificate this store issues for its record now.
    case certificateChanged(path: String, id: String, person: String, course: String)
    /// A file named for a check does not exist or cannot be reached.
    case missingFile(path: String, reason: String)
    /// No quiz of the content has this id.
    case unknownQuiz(String, known: [String])
    /// A quiz cannot be written as a question bank.
    case unexportable(QuestionBankError)

    package var description: String {
        switch self {
        case .voidedRecord(let id, let at, let reason):
            "record \(id) was voided on \(at) (\(reason)); a voided record has no certificate"
        case .trainingWithoutHours(let id):
            "training record \(id) has no hours, which a certificate states"
        case .notACertificate(let path, let reason):
            "\(path) is not a PeerTrack certificate: \(reason)"
        case .certificateOfUnknownRecord(let path, let id):
            "\(path) names record \(id), which this store does not hold: it is not a certificate this store issued"
        case .certificateDoesNotStand(let path, let reason):
            "\(path) does not stand: \(reason)"
        case .certificateChanged(let path, let id, let person, let course):
            "\(path) names record \(id) (\(person), \"\(course)\") but is not the certificate this store issues for it now: the file was changed, or the record was (a verification since it was printed, for instance)"
        case .missingFile(let path, let reason):
            "\(path): \(reason)"
        case .unknownQuiz(let id, let known):
            "no quiz '\(id)'; expected one of: \(known.joined(separator: ", "))"
        case .unexportable(let error):
            "\(error)"
        }
    }
}
