/// A score against a pass mark, in whole percent (rounded down, so 79.9 is 79).
public struct QuizScore: Sendable, Equatable {
    /// Questions answered correctly.
    public let correct: Int
    /// Questions asked.
    public let asked: Int
    /// The lowest percent that passes.
    public let passMark: Int

    /// Makes a score.
    public init(correct: Int, asked: Int, passMark: Int) {
        self.correct = correct
        self.asked = asked
        self.passMark = passMark
    }

    /// `correct * 100 / asked`, rounded down; 0 when nothing was asked.
    public var percent: Int {
        asked > 0 ? correct * 100 / asked : 0
    }

    /// Whether the percent reaches the pass mark.
    public var passed: Bool {
        asked > 0 && percent >= passMark
    }

    /// The fewest correct answers that pass.
    public var neededToPass: Int {
        (passMark * asked + 99) / 100
    }
}
