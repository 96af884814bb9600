import Foundation

/// A clock a test moves on, day by day: for rules that play out over days (review).
public final class MovingClock: @unchecked Sendable {
    private let lock = NSLock()
    private var date: Date

    /// Starts at `date` (default 2026-01-01T17:00:00Z, noon in North Carolina).
    public init(_ date: Date = Date(timeIntervalSince1970: 1_767_286_800)) {
        self.date = date
    }

    /// Now, on this clock.
    public var now: Date {
        lock.lock()
        defer { lock.unlock() }
        return date
    }

    /// Moves the clock on by whole days.
    public func advance(days: Int) {
        lock.lock()
        date += TimeInterval(days * 86_400)
        lock.unlock()
    }
}
