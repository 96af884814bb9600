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

    /// The most digits before the point (999999.99 hours at most).
    public static let maxWholeDigits = 6
    /// The most digits after the point.
    public static let maxFractionDigits = 2
    /// What a refusal says hours must be.
    public static let expectation = "a plain decimal such as 3 or 1.5: at most \(maxWholeDigits) digits before the point and \(maxFractionDigits) after it"

    /// Parses a plain decimal such as `3`, `1.5` or `0.25` (at most six digits before the
    /// point and two after it, no sign, no exponent); nil for anything else, however long:
    /// the digits are counted before they are added up, so nothing overflows.
    public init?(_ text: String) {
        var text = text
        guard let hours = text.withUTF8({ Hours(utf8: UnsafeRawBufferPointer($0)) }) else { return nil }
        self = hours
    }

    /// Parses UTF-8 bytes as `init?(_:)` parses text.
    public init?(utf8 bytes: UnsafeRawBufferPointer) {
        var whole = 0
        var wholeDigits = 0
        var fraction = 0
        var fractionDigits = 0
        var seenPoint = false
        for byte in bytes {
            if byte == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                let digit = Int(byte - UInt8(ascii: "0"))
                if seenPoint {
                    fractionDigits += 1
                    guard fractionDigits <= Hours.maxFractionDigits else { return nil }
                    fraction = fraction * 10 + digit
                } else {
                    wholeDigits += 1
                    guard wholeDigits <= Hours.maxWholeDigits else { return nil }
                    whole = whole * 10 + digit
                }
            } else {
                return nil
            }
        }
        guard wholeDigits >= 1, !seenPoint || fractionDigits >= 1 else { return nil }
        self.hundredths = whole * 100 + (fractionDigits == 1 ? fraction * 10 : fraction)
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
