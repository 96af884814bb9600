/// One accepted answer of a numerical question: a value with a tolerance either side (so
/// a range lo..hi is its middle with half its width), the credit it earns and its feedback.
public struct NumericAnswer: Sendable, Equatable {
    /// The expected number.
    public var value: Double
    /// How far from `value` an answer may be and still count (0 for exactly).
    public var tolerance: Double
    /// The credit it earns.
    public var weight: Weight
    /// Shown when an answer in its range is given.
    public var feedback: String?

    /// Makes an answer.
    public init(value: Double, tolerance: Double = 0, weight: Weight = .full, feedback: String? = nil) {
        self.value = value
        self.tolerance = tolerance
        self.weight = weight
        self.feedback = feedback
    }

    /// An answer for any number from `lowest` to `highest`.
    public init(from lowest: Double, to highest: Double, weight: Weight = .full, feedback: String? = nil) {
        self.init(value: (lowest + highest) / 2, tolerance: abs(highest - lowest) / 2, weight: weight, feedback: feedback)
    }

    /// Whether `number` is within the tolerance (with a little room for rounding).
    public func accepts(_ number: Double) -> Bool {
        let slack = max(abs(value), abs(tolerance), 1) * 1e-9
        return abs(number - value) <= tolerance + slack
    }

    /// A number as files write it: `1822`, `3.14`, `-0.5`.
    public static func text(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return "\(number)"
    }
}
