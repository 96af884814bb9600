import Curriculum

/// A question as a bank gives it, its text already terminal text.
struct BankQuestion {
    /// The line the question starts on.
    var line: Int
    /// The bank's name for it.
    var name: String?
    /// Moodle's `idnumber` (or GIFT's `[id:...]`).
    var idnumber: String?
    /// The question as asked.
    var prompt: String
    /// What is right, with weights and feedback.
    var kind: QuestionKind
    /// The general feedback, paragraph by paragraph.
    var generalFeedback: [String] = []
    /// Feedback that has no place in PeerTrack's model but belongs with the explanation
    /// (a true/false question's feedback on each answer).
    var extraExplanation: [String] = []
    /// The bank's tags.
    var tags: [String] = []
    /// Whether the bank shuffles this question's answers, if it says.
    var shuffles: Bool?
    /// The question's mark in the bank, if it gives one.
    var defaultGrade: Double?
}
