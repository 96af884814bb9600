import Curriculum
import Runner

/// The runner's and the curriculum's errors as the command line says them: the library's
/// words, then the command or flag that puts it right (as `TrackerErrorMessage` does for
/// the tracker).
enum RunnerErrorMessage {
    static func text(_ error: RunnerError) -> String {
        switch error {
        case .nothingToResume(let quiz, _), .quizChanged(let quiz, _, _):
            "\(error); start one with `peertrack quiz \(quiz)`"
        case .unreadableProgress:
            "\(error); start again without --resume"
        case .unknownModule, .unknownQuiz:
            "\(error)"
        }
    }

    static func text(_ error: CurriculumError) -> String {
        switch error {
        case .missingDirectory:
            "\(error) (set --content DIR or PEERTRACK_CONTENT)"
        case .invalid:
            "\(error); run `peertrack curriculum check` for details"
        case .missingSchema, .unreadableDirectory:
            "\(error)"
        }
    }
}
