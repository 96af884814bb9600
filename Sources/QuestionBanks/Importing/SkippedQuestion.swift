/// A question of the bank that PeerTrack leaves out, with where it is and why.
public struct SkippedQuestion: Sendable, Equatable, CustomStringConvertible {
    /// Why a question is left out.
    public enum Reason: String, Sendable, CaseIterable {
        /// It needs a person to mark it.
        case essay
        /// Answers embedded in the text (cloze, multianswer) cannot be shown in a terminal.
        case embeddedAnswers
        /// Its values are computed at random (calculated questions).
        case calculated
        /// It needs a pointer and pictures (drag and drop, drop-down gaps).
        case dragAndDrop
        /// Moodle picks it at quiz time.
        case random
        /// A type PeerTrack does not know.
        case unsupported

        /// Why, for people.
        public var explanation: String {
            switch self {
            case .essay: "an essay needs a person to mark it"
            case .embeddedAnswers: "answers embedded in the text (cloze) cannot be shown in a terminal"
            case .calculated: "calculated questions draw random values that PeerTrack does not compute"
            case .dragAndDrop: "drag and drop and drop-down gaps need a pointer and pictures"
            case .random: "random questions are picked by Moodle when a quiz starts"
            case .unsupported: "PeerTrack cannot ask questions of this type"
            }
        }
    }

    /// The bank file.
    public var file: String
    /// The line the question starts on.
    public var line: Int
    /// The question's name in the bank, if it has one.
    public var name: String?
    /// The type the bank gives it (`essay`, `cloze`, ...).
    public var type: String
    /// Why it is left out.
    public var reason: Reason

    /// Makes a record of a skipped question.
    public init(file: String, line: Int, name: String?, type: String, reason: Reason) {
        self.file = file
        self.line = line
        self.name = name
        self.type = type
        self.reason = reason
    }

    /// `FILE:LINE: skipped TYPE question 'NAME': why`.
    public var description: String {
        let named = name.map { " '\($0)'" } ?? ""
        return "\(file):\(max(line, 1)): skipped \(type) question\(named): \(reason.explanation)"
    }
}
