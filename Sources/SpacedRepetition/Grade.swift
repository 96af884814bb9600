/// How a review went, as FSRS grades it: 1 Again (forgotten), 2 Hard, 3 Good, 4 Easy.
public enum Grade: Int, Sendable, CaseIterable, Comparable {
    /// Forgotten: the answer was wrong.
    case again = 1
    /// Remembered with difficulty.
    case hard = 2
    /// Remembered.
    case good = 3
    /// Remembered easily.
    case easy = 4

    /// The grade's name as the journal spells it.
    public var name: String {
        switch self {
        case .again: "again"
        case .hard: "hard"
        case .good: "good"
        case .easy: "easy"
        }
    }

    /// The grade spelled by `name`.
    public init?(name: String) {
        guard let grade = Grade.allCases.first(where: { $0.name == name }) else { return nil }
        self = grade
    }

    public static func < (lhs: Grade, rhs: Grade) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
