/// The question-bank formats PeerTrack reads and writes besides its own.
public enum QuestionBankFormat: String, Sendable, CaseIterable {
    /// Moodle XML (`<quiz><question type="...">`).
    case moodle
    /// GIFT, Moodle's plain-text format.
    case gift
}
