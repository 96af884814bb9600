import PeerTrackCore

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

        let window = renewalWindow(award: award.date, last: last, cycle: cycle, due: due, on: today)
        let counting = window.entries(ce)
        return RenewalStatus(
            programID: id, state: state, award: award.date, lastCertification: last, due: due, graceEnd: graceEnd,
            countsAfter: window.after, hoursCounted: counting.hours, hoursVerified: counting.verifiedHours, requiredHours: requiredHours,
            categories: standings(for: award.designation, entries: counting))
    }

    /// A person's renewal status on `today` under this program, from their history: the
    /// awards in this program (an award that names none is in `defaultProgram`), every
    /// recertification and the CE records not voided.
    public func renewal(of history: PersonHistory, on today: Day, defaultProgram: String? = nil) -> RenewalStatus {
        let awards = history.awards.filter { ($0.program ?? defaultProgram ?? Tracker.fallbackProgram) == id }.map { (date: $0.date, designation: $0.designation) }
        return status(awards: awards, recertifications: history.recertifications.map(\.date), ce: history.ceEntries, on: today)
    }

    private func standings(for designation: String?, entries: [CEEntry]) -> [CategoryStanding] {
        let extra = designations.first { $0.id == designation }?.categories ?? []
        return (categories + extra).map { category in
            let inCategory = entries.inCategory(category.id)
            return CategoryStanding(
                id: category.id, name: category.name, minimum: category.minimum, counted: inCategory.hours, verified: inCategory.verifiedHours)
        }
    }
}
