import PeerTrackCore

/// Where a person stands with their certification on a given day.
public enum CertificationState: String, Sendable, CaseIterable {
    /// No award on or before the day.
    case notCertified = "not-certified"
    /// Certified, with the due date further off than the reminder window.
    case current
    /// Certified, with the due date inside the reminder window.
    case dueSoon = "due-soon"
    /// Past the due date, inside the late window: renewal is still possible, with a late fee.
    case grace
    /// Past the late window: the person must apply again as a new applicant.
    case lapsed
}

/// One CE record as the rules see it.
public struct CEEntry: Sendable, Equatable {
    public var date: Day
    public var hours: Hours
    public var category: String
    public var verified: Bool

    public init(date: Day, hours: Hours, category: String, verified: Bool) {
        self.date = date
        self.hours = hours
        self.category = category
        self.verified = verified
    }
}

/// Hours in one category against its minimum.
public struct CategoryStanding: Sendable, Equatable {
    public var id: String
    public var name: String
    public var minimum: Hours
    public var counted: Hours
    public var verified: Hours
    /// Hours still needed to reach the minimum.
    public var shortfall: Hours { max(.zero, minimum - counted) }
}

/// A person's renewal status on a day: the cycle's dates, the hours that count, and
/// whether the requirements are met.
public struct RenewalStatus: Sendable, Equatable {
    public var programID: String
    public var state: CertificationState
    /// The initial award this cycle descends from.
    public var award: Day?
    /// The most recent award or recertification.
    public var lastCertification: Day?
    /// When renewal is due.
    public var due: Day?
    /// The last day a late renewal is possible.
    public var graceEnd: Day?
    /// Training dated after this day (or on and after, for cycle-start programs) counts.
    public var countsAfter: Day?
    /// Hours that count toward this renewal, verified or not.
    public var hoursCounted: Hours
    /// Of those, the hours a supervisor verified.
    public var hoursVerified: Hours
    public var requiredHours: Hours
    public var categories: [CategoryStanding]

    /// Hours still needed, overall and for every category minimum.
    public var shortfall: Hours {
        max(requiredHours - hoursCounted, categories.reduce(.zero) { $0 + $1.shortfall }, .zero)
    }

    /// Whether the counted hours meet the total and every category minimum.
    public var requirementsMet: Bool {
        state != .notCertified && shortfall == .zero
    }

    /// Whether the verified hours alone meet the requirements.
    public var verifiedRequirementsMet: Bool {
        guard state != .notCertified, hoursVerified >= requiredHours else { return false }
        return categories.allSatisfy { $0.verified >= $0.minimum }
    }

    /// Days from `day` to the due date (negative once past it).
    public func daysUntilDue(from day: Day) -> Int? {
        due.map { day.days(until: $0) }
    }
}

extension Program {
    /// The due date of the `cycle`-th renewal (1 for the first) after an award.
    public func dueDate(award: Day, cycle: Int) -> Day {
        let base: Day =
            switch anchor {
            case .award: award
            case .calendarYear: Day(year: award.year, month: 1, day: 1) ?? award
            }
        let target = base.adding(months: cycleMonths * cycle)
        switch dueRule {
        case .endOfMonth:
            return target.endOfMonth
        case .anniversary:
            return target
        case .fixed(let month, let day):
            return Day(year: target.year, month: month, day: min(day, Day.daysIn(month: month, year: target.year))) ?? target
        }
    }

    /// The status on `today` of a person with these awards (date and designation),
    /// recertifications and CE. Only events on or before `today` are considered.
    public func status(
        awards: [(date: Day, designation: String?)], recertifications: [Day], ce: [CEEntry], on today: Day
    ) -> RenewalStatus {
        let pastAwards = awards.filter { $0.date <= today }.sorted { $0.date < $1.date }
        guard let award = pastAwards.last else {
            return RenewalStatus(
                programID: id, state: .notCertified, hoursCounted: .zero, hoursVerified: .zero, requiredHours: requiredHours,
                categories: standings(for: nil, entries: []))
        }
        let recerts = recertifications.filter { $0 >= award.date && $0 <= today }.sorted()
        let last = recerts.last ?? award.date
        let cycle = recerts.count + 1
        let due = dueDate(award: award.date, cycle: cycle)
        let graceEnd = due.adding(days: graceDays)
        let state: CertificationState =
            if today > graceEnd { .lapsed }
            else if today > due { .grace }
            else if today.days(until: due) <= reminderDays { .dueSoon }
            else { .current }

        let counting: [CEEntry]
        let countsAfter: Day
        switch countsFrom {
        case .lastCertification:
            countsAfter = last
            counting = ce.filter { $0.date > last && $0.date <= today }
        case .cycleStart:
            let start = dueDate(award: award.date, cycle: cycle - 1).adding(days: 1)
            let cycleStart = cycle == 1 ? due.adding(months: -cycleMonths).adding(days: 1) : start
            countsAfter = cycleStart.adding(days: -1)
            counting = ce.filter { $0.date >= cycleStart && $0.date <= today }
        }
        let counted = counting.reduce(Hours.zero) { $0 + $1.hours }
        let verified = counting.filter(\.verified).reduce(Hours.zero) { $0 + $1.hours }
        return RenewalStatus(
            programID: id, state: state, award: award.date, lastCertification: last, due: due, graceEnd: graceEnd,
            countsAfter: countsAfter, hoursCounted: counted, hoursVerified: verified, requiredHours: requiredHours,
            categories: standings(for: award.designation, entries: counting))
    }

    private func standings(for designation: String?, entries: [CEEntry]) -> [CategoryStanding] {
        let extra = designations.first { $0.id == designation }?.categories ?? []
        return (categories + extra).map { category in
            let inCategory = entries.filter { $0.category == category.id }
            return CategoryStanding(
                id: category.id, name: category.name, minimum: category.minimum,
                counted: inCategory.reduce(.zero) { $0 + $1.hours },
                verified: inCategory.filter(\.verified).reduce(.zero) { $0 + $1.hours })
        }
    }
}
