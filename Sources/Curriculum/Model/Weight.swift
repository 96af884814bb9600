/// The share of a question's credit an answer carries, in percent from -100 to 100, held
/// exactly in hundred-thousandths of a percent. Moodle allows only its list of grades
/// (100, 90, 83.33333, ... 5, 0 and their negatives); `isMoodleGrade` says whether this is one.
public struct Weight: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Hundred-thousandths of a percent (8333333 is 83.33333%).
    public var units: Int

    /// Makes a weight from hundred-thousandths of a percent.
    public init(units: Int) {
        self.units = units
    }

    /// The weight nearest `percent` at five decimals; a Moodle grade within 0.001 percent
    /// is taken exactly (so `33.333` is 33.33333%).
    public init(percent: Double) {
        if let grade = Weight.moodleGrade(near: percent) {
            self = grade
        } else {
            self.units = Int((percent * 100_000).rounded())
        }
    }

    /// Parses a percentage such as `50`, `-33.33333` or `12.5`; nil for anything else.
    public init?(_ text: String) {
        var trimmed = Substring(text)
        while trimmed.first?.isWhitespace == true { trimmed.removeFirst() }
        while trimmed.last?.isWhitespace == true { trimmed.removeLast() }
        guard !trimmed.isEmpty, trimmed.allSatisfy({ ("0"..."9").contains($0) || $0 == "." || $0 == "-" || $0 == "+" }),
            let value = Double(trimmed), value.isFinite
        else { return nil }
        self.init(percent: value)
    }

    /// Full credit.
    public static let full = Weight(units: 10_000_000)
    /// No credit.
    public static let zero = Weight(units: 0)

    /// The weight in percent.
    public var percent: Double { Double(units) / 100_000 }

    /// The weight as a share of the question, -1 to 1.
    public var fraction: Double { Double(units) / 10_000_000 }

    /// Whether this is one of the grades Moodle allows.
    public var isMoodleGrade: Bool { Weight.moodleGrades.contains(self) }

    /// The Moodle grade within 0.001 percent of `percent`, if there is one (Moodle's own
    /// fuzzy match: a fraction within 0.00001).
    public static func moodleGrade(near percent: Double) -> Weight? {
        moodleGrades.first { abs(Double($0.units) / 100_000 - percent) < 0.001 }
    }

    /// The Moodle grade nearest `percent`.
    public static func nearestMoodleGrade(to percent: Double) -> Weight {
        moodleGrades.min { abs($0.percent - percent) < abs($1.percent - percent) } ?? .zero
    }

    /// Moodle's grades, from 100 down to -100.
    public static let moodleGrades: [Weight] = {
        let positive = [
            10_000_000, 9_000_000, 8_333_333, 8_000_000, 7_500_000, 7_000_000, 6_666_667, 6_000_000, 5_000_000, 4_000_000,
            3_333_333, 3_000_000, 2_500_000, 2_000_000, 1_666_667, 1_428_571, 1_250_000, 1_111_111, 1_000_000, 500_000,
        ]
        return positive.map(Weight.init(units:)) + [.zero] + positive.reversed().map { Weight(units: -$0) }
    }()

    /// The percentage as written in files: `100`, `83.33333`, `-50`, `12.5`.
    public var description: String {
        let sign = units < 0 ? "-" : ""
        let magnitude = abs(units)
        let whole = magnitude / 100_000
        var decimals = String(magnitude % 100_000)
        if decimals == "0" { return "\(sign)\(whole)" }
        decimals = String(repeating: "0", count: 5 - decimals.count) + decimals
        while decimals.hasSuffix("0") { decimals.removeLast() }
        return "\(sign)\(whole).\(decimals)"
    }

    public static func < (lhs: Weight, rhs: Weight) -> Bool {
        lhs.units < rhs.units
    }
}
