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
                    fraction = fraction * 10 + digit
                    fractionDigits += 1
                } else {
                    whole = whole * 10 + digit
                    wholeDigits += 1
                }
            } else {
                return nil
            }
        }
        guard (1...6).contains(wholeDigits), seenPoint ? (1...2).contains(fractionDigits) : true else { return nil }
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
