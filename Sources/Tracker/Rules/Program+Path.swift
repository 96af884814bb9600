import PeerTrackCore

extension Program {
    /// Where a person stands on the path on `day`: a certified person (current, due soon or
    /// in the late window) at the next renewal, anyone else (never certified, or lapsed) at
    /// the initial application. After a lapse only what is dated after the late window
    /// counts: the person applies again as a new applicant, with a new course.
    public func path(of history: PersonHistory, renewal status: RenewalStatus, on day: Day) -> PathStatus {
        switch status.state {
        case .current, .dueSoon, .grace:
            let after = status.lastCertification
            let hours = ChecklistItem(
                id: "hours", name: "Continuing education hours", kind: .hours, state: status.requirementsMet ? .met : .missing,
                hoursCounted: status.hoursCounted, hoursRequired: status.requiredHours, hoursVerified: status.hoursVerified,
                categories: status.categories.map {
                    ChecklistItem.CategoryFigure(id: $0.id, name: $0.name, minimum: $0.minimum, recorded: $0.counted, counted: $0.counted)
                })
            return PathStatus(
                stage: .renewal, deadline: status.due, checklist: [hours] + checklist(renewal, history: history, after: after, on: day),
                countsAfter: after, ceWindow: CountingWindow(after: status.countsAfter, through: day))
        case .notCertified, .lapsed:
            let after = status.state == .lapsed ? status.graceEnd : nil
            let items = checklist(application, history: history, after: after, on: day)
            let deadline = items.filter { $0.kind == .deadline }.compactMap(\.date).min()
            return PathStatus(
                stage: .application, deadline: deadline, checklist: items, countsAfter: after, ceWindow: CountingWindow(after: after, through: day))
        }
    }

    /// The items of `requirements` on `day`, counting records dated after `after` (if set)
    /// and on or before `day`, not voided.
    func checklist(_ requirements: [Requirement], history: PersonHistory, after: Day?, on day: Day) -> [ChecklistItem] {
        guard !requirements.isEmpty else { return [] }
        // Each kind of record is read from the history once, whatever the number of items.
        let kinds = Set(requirements.map(\.kind))
        let courses = kinds.contains(.course) || kinds.contains(.deadline) ? history.courses : []
        let documents = kinds.contains(.document) ? history.documents : []
        let attestations = kinds.contains(.attestation) ? history.attestations : []
        let ceEntries = kinds.contains(.hours) ? history.ceEntries : []
        let window = CountingWindow(after: after, through: day)
        func counts(_ date: Day, _ id: String) -> Bool {
            window.contains(date) && !history.isVoided(id)
        }
        func course(_ item: String, minimum: Hours?) -> CourseRecord? {
            courses.filter { $0.item == item && counts($0.date, $0.stamp.id) && $0.hours >= (minimum ?? .zero) }
                .max { $0.date < $1.date }
        }
        return requirements.map { requirement in
            var item = ChecklistItem(id: requirement.id, name: requirement.name, kind: requirement.kind, state: .missing)
            switch requirement.rule {
            case .course(let minimum):
                item.hoursRequired = minimum
                if let found = course(requirement.id, minimum: minimum) {
                    item.state = .met
                    item.hoursCounted = found.hours
                    item.date = found.date
                    item.records = [found.stamp.id]
                    item.details = ["\(found.title), \(found.hours) hours, certificate dated \(found.date)"]
                } else {
                    let short = courses.filter { $0.item == requirement.id && counts($0.date, $0.stamp.id) }
                    item.details = short.map { "\($0.title): \($0.hours) hours, fewer than the \(minimum) required" }
                }
            case .hours(let required, let categories):
                let entries = window.entries(ceEntries)
                item.categories = categories.map { category in
                    let recorded = entries.inCategory(category.id).hours
                    return ChecklistItem.CategoryFigure(
                        id: category.id, name: category.name, minimum: category.minimum, cap: category.cap, recorded: recorded,
                        counted: category.cap.map { min(recorded, $0) } ?? recorded)
                }
                let listed = Set(categories.map(\.id))
                let other = entries.filter { !listed.contains($0.category) }.hours
                let counted = item.categories.reduce(other) { $0 + $1.counted }
                item.hoursCounted = counted
                item.hoursRequired = required
                item.state = counted >= required && item.categories.allSatisfy(\.isMet) ? .met : .missing
            case .document(let count):
                var senders: Set<String> = []
                let received = documents.filter { $0.item == requirement.id && counts($0.date, $0.stamp.id) }
                    .filter { senders.insert($0.from.lowercased()).inserted }
                item.received = received.count
                item.requiredCount = count
                item.records = received.map(\.stamp.id)
                item.details = received.map { "from \($0.from), received \($0.date)" + ($0.sha256 == nil ? "" : " (file kept)") }
                item.state = received.count >= count ? .met : .missing
            case .attestation:
                if let found = attestations.filter({ $0.item == requirement.id && counts($0.date, $0.stamp.id) }).last {
                    item.state = .met
                    item.date = found.date
                    item.records = [found.stamp.id]
                    item.details = ["attested by \(found.attestedBy) on \(found.date)"]
                }
            case .deadline(let courseID, let months):
                let courseMinimum = requirements.first { $0.id == courseID }.flatMap { requirement -> Hours? in
                    if case .course(let minimum) = requirement.rule { return minimum }
                    return nil
                }
                if let found = course(courseID, minimum: courseMinimum) {
                    let last = found.date.adding(months: months)
                    item.date = last
                    item.state = day <= last ? .met : .missing
                    item.details = [
                        day <= last
                            ? "apply by \(last): \(months) months from the course certificate of \(found.date)"
                            : "passed on \(last) (\(months) months from the course certificate of \(found.date)): the course must be taken again"
                    ]
                }
            }
            return item
        }
    }
}
