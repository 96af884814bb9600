import PeerTrackCore

/// A score against a pass mark, in whole percent (rounded down, so 79.9 is 79). A partly
/// right multiple-select answer counts its share, so `correct` may be fractional.
public struct QuizScore: Sendable, Equatable {
    /// Questions answered correctly, with partial credit.
    public let correct: Double
    /// Questions asked.
    public let asked: Int
    /// The lowest percent that passes.
    public let passMark: Int

    /// Makes a score.
    public init(correct: Double, asked: Int, passMark: Int) {
        self.correct = correct
        self.asked = asked
        self.passMark = passMark
    }

    /// `correct * 100 / asked`, rounded down; 0 when nothing was asked.
    public var percent: Int {
        // The small allowance keeps shares such as 2/3 + 1/3 from rounding down below a whole.
        asked > 0 ? Int((correct * 100 / Double(asked)) + 1e-9) : 0
    }

    /// Whether the percent reaches the pass mark.
    public var passed: Bool {
        asked > 0 && percent >= passMark
    }

    /// The fewest correct answers that pass.
    public var neededToPass: Int {
        (passMark * asked + 99) / 100
    }

    /// `correct` for people: `17`, or `17.5` with partial credit.
    public var correctText: String {
        QuizScore.text(correct)
    }

    /// A number of questions right: whole, or with up to two decimals.
    public static func text(_ value: Double) -> String {
        ScoreText.correct(value)
    }
}
