import Foundation
import PeerTrackCore

/// What the tracker takes from the world outside: the clock, the OS account and a source
/// of record ids. Tests pass fixed ones.
public struct TrackerContext: Sendable {
    /// Now, for record times.
    public var now: @Sendable () -> Date
    /// The operating-system account running the command, which every record names: the
    /// kernel's account of the process (`getuid`), never one from the environment.
    public var account: String
    /// Makes a new record id.
    public var newID: @Sendable () -> String
    /// The zone "today" is read in when the store's program names none: the machine's.
    public var timeZone: TimeZone
    /// Whether the account is root, which alone may set up the agency's store.
    public var isSuperuser: Bool

    /// Makes a context.
    public init(
        now: @escaping @Sendable () -> Date, account: String, newID: @escaping @Sendable () -> String = TrackerContext.randomID,
        timeZone: TimeZone = .current, isSuperuser: Bool = false
    ) {
        self.isSuperuser = isSuperuser
        self.now = now
        self.account = account
        self.newID = newID
        self.timeZone = timeZone
    }

    /// 16 random hex digits.
    public static let randomID: @Sendable () -> String = {
        var generator = SystemRandomNumberGenerator()
        let value = generator.next() as UInt64
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// Today in the context's time zone, from the clock.
    public var today: Day {
        TrackerContext.day(of: now(), in: timeZone)
    }

    /// The calendar day an instant falls on in a time zone.
    public static func day(of date: Date, in zone: TimeZone) -> Day {
        let seconds = Int((date.timeIntervalSince1970 + Double(zone.secondsFromGMT(for: date))).rounded(.down))
        return Day(daysSinceEpoch: Int((Double(seconds) / 86_400).rounded(.down)))
    }

    /// A time as `YYYY-MM-DDTHH:MM:SSZ` (UTC).
    public static func timestamp(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = Day(daysSinceEpoch: Int((Double(seconds) / 86_400).rounded(.down)))
        let inDay = seconds - day.daysSinceEpoch * 86_400
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(day)T\(two(inDay / 3600)):\(two(inDay / 60 % 60)):\(two(inDay % 60))Z"
    }

    /// Whole minutes between two record times, if both are `YYYY-MM-DDTHH:MM:SSZ`.
    public static func minutes(from start: String, to end: String) -> Int? {
        guard let start = seconds(start), let end = seconds(end), end >= start else { return nil }
        return (end - start) / 60
    }

    /// Seconds since 1970 of a record time.
    static func seconds(_ time: String) -> Int? {
        let parts = time.split(whereSeparator: { "T:Z".contains($0) })
        guard time.count == 20, parts.count == 4, let day = Day(String(parts[0])), let hour = Int(parts[1]), let minute = Int(parts[2]),
            let second = Int(parts[3])
        else { return nil }
        return day.daysSinceEpoch * 86_400 + hour * 3600 + minute * 60 + second
    }
}
