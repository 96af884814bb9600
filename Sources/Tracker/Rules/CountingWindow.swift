import PeerTrackCore

/// Which CE records count toward a step: those dated after `after` (the last
/// certification, the day before the cycle's start, or the end of a lapse's late window;
/// nil for someone who never held a certification) and on or before `through`, the day of
/// the status. Voided records are never entries. The one home of the window: renewal
/// status, the path's checklist, the packet and the transcript check all count through it.
public struct CountingWindow: Sendable, Equatable {
    /// Records dated on or before this day do not count.
    public var after: Day?
    /// Records dated after this day do not count yet.
    public var through: Day

    public init(after: Day?, through: Day) {
        self.after = after
        self.through = through
    }

    /// Whether a record of `day` counts.
    public func contains(_ day: Day) -> Bool {
        day <= through && (after.map { day > $0 } ?? true)
    }

    /// The entries that count.
    public func entries(_ entries: [CEEntry]) -> [CEEntry] {
        entries.filter { contains($0.date) }
    }
}

extension Collection where Element == CEEntry {
    /// The hours of these entries.
    public var hours: Hours { reduce(.zero) { $0 + $1.hours } }
    /// The hours of those a supervisor verified.
    public var verifiedHours: Hours { filter(\.verified).hours }

    /// The entries of one category.
    public func inCategory(_ id: String) -> [CEEntry] { filter { $0.category == id } }
}

extension Program {
    /// The window of the renewal after the last certification `last` (of the award
    /// `award`, in the renewal cycle `cycle`, due `due`), on `day`: after the last
    /// certification, or from the start of the cycle, as the rule file says.
    func renewalWindow(award: Day, last: Day, cycle: Int, due: Day, on day: Day) -> CountingWindow {
        switch countsFrom {
        case .lastCertification:
            return CountingWindow(after: last, through: day)
        case .cycleStart:
            let start = cycle == 1 ? due.adding(months: -cycleMonths).adding(days: 1) : dueDate(award: award, cycle: cycle - 1).adding(days: 1)
            return CountingWindow(after: start.adding(days: -1), through: day)
        }
    }
}
