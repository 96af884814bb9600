import Operations

/// How the command line puts an operation's refusals: the domain's words, then the command
/// or flag that puts it right.
enum OperationErrorMessage {
    static func text(_ error: OperationError) -> String {
        switch error {
        case .trainingWithoutHours:
            "\(error); record the training again with --hours and void this record"
        case .certificateChanged(_, let id, _, _):
            "\(error); print it again with `peertrack certificate \(id)`"
        case .unknownQuiz:
            "\(error) (see `peertrack curriculum list`)"
        default:
            "\(error)"
        }
    }
}
