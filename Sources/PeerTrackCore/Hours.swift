/// A number of training hours, held exactly in hundredths of an hour.
public struct Hours: Sendable, Hashable, Comparable, Codable, CustomStringConvertible, AdditiveArithmetic {
    /// Hundredths of an hour (150 is 1.5 hours).
    public var hundredths: Int

    /// Makes hours from hundredths.
    public init(hundredths: Int) {
        self.hundredths = hundredths
    }

    /// Makes whole hours.
    public init(_ whole: Int) {
        self.hundredths = whole * 100
    }

    /// Parses a plain decimal such as `3`, `1.5` or `0.25` (at most two decimals, no sign,
    /// no exponent); nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let wholePart = parts.first, !wholePart.isEmpty, wholePart.count <= 6,
            wholePart.allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        var fraction = 0
        if parts.count == 2 {
            let digits = parts[1]
            guard (1...2).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(digits) else {
                return nil
            }
            fraction = value * (digits.count == 1 ? 10 : 1)
        }
        guard let whole = Int(wholePart) else { return nil }
        self.hundredths = whole * 100 + fraction
    }

    public static var zero: Hours { Hours(hundredths: 0) }

    public static func + (lhs: Hours, rhs: Hours) -> Hours {
        Hours(hundredths: lhs.hundredths + rhs.hundredths)
    }

    public static func - (lhs: Hours, rhs: Hours) -> Hours {
        Hours(hundredths: lhs.hundredths - rhs.hundredths)
    }

    public static func < (lhs: Hours, rhs: Hours) -> Bool {
        lhs.hundredths < rhs.hundredths
    }

    /// The shortest decimal: `3`, `1.5`, `0.25`.
    public var description: String {
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let whole = magnitude / 100
        let fraction = magnitude % 100
        if fraction == 0 { return "\(sign)\(whole)" }
        if fraction % 10 == 0 { return "\(sign)\(whole).\(fraction / 10)" }
        return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let hours = Hours(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not hours: \(text)"))
        }
        self = hours
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
