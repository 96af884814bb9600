import Curriculum

/// One thing a bank holds, read but not yet fitted into a quiz.
enum BankEntry {
    /// Questions that follow belong to this category (`$course$/top/A/B` as its parts).
    case category(path: [String], idnumber: String?, info: String?, line: Int)
    /// A question PeerTrack can ask.
    case question(BankQuestion)
    /// A note to show before the next question.
    case description(String, line: Int)
    /// A question left out.
    case skipped(SkippedQuestion)
}
