import Foundation
import PeerTrackCore

/// What the tracker takes from the world outside: the clock, the OS account and a source
/// of record ids. Tests pass fixed ones.
public struct TrackerContext: Sendable {
    /// Now, for record times.
    public var now: @Sendable () -> Date
    /// The operating-system account running the command.
    public var account: String
    /// Makes a new record id.
    public var newID: @Sendable () -> String

    /// Makes a context.
    public init(now: @escaping @Sendable () -> Date, account: String, newID: @escaping @Sendable () -> String = TrackerContext.randomID) {
        self.now = now
        self.account = account
        self.newID = newID
    }

    /// 16 random hex digits.
    public static let randomID: @Sendable () -> String = {
        var generator = SystemRandomNumberGenerator()
        let value = generator.next() as UInt64
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// Today in UTC, from the clock.
    public var today: Day {
        Day(daysSinceEpoch: Int((now().timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    /// A time as `YYYY-MM-DDTHH:MM:SSZ` (UTC).
    public static func timestamp(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = Day(daysSinceEpoch: Int((Double(seconds) / 86_400).rounded(.down)))
        let inDay = seconds - day.daysSinceEpoch * 86_400
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(day)T\(two(inDay / 3600)):\(two(inDay / 60 % 60)):\(two(inDay % 60))Z"
    }
}
