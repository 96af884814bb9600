import PeerTrackCore
import Tracker

/// How a person's status reads on screen and in JSON.
package enum StatusFormat {
    /// What a renewal still needs: hours, then its other items (reference forms).
    package static func needs(_ status: PersonStatus) -> String {
        let renewal = status.renewal
        if renewal.state == .notCertified { return "not certified" }
        if renewal.state == .lapsed { return "apply again as a new applicant" }
        var parts = hoursNeeds(status).map { [$0] } ?? []
        // The renewal's other items (reference forms), as "references 0/2".
        for item in status.path.missing where item.kind != .hours {
            parts.append(item.received.map { "\(item.id) \($0)/\(item.requiredCount ?? 0)" } ?? item.id)
        }
        return parts.isEmpty ? "requirements met" : parts.joined(separator: ", ")
    }

    /// The hours a renewal still needs, overall and by category; nil when they are met.
    package static func hoursNeeds(_ status: PersonStatus) -> String? {
        let renewal = status.renewal
        var parts: [String] = []
        let short = renewal.requiredHours - renewal.hoursCounted
        if short > .zero { parts.append("\(short) more hours") }
        for category in renewal.categories where category.shortfall > .zero {
            parts.append("\(category.shortfall) \(category.id)")
        }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    package static func text(_ status: PersonStatus, on day: Day) -> String {
        let renewal = status.renewal
        var text = "\(SafeText.visible(status.person.name)) (\(status.person.id), \(status.person.role.rawValue))\n"
        text += "  program:             \(status.program.id)\n"
        text += "  state on \(day): \(renewal.state.rawValue)\n"
        guard status.path.stage == .renewal else {
            // An administrator who is not certified is not taken for an applicant on screen.
            if status.person.role != .admin || renewal.state == .lapsed { text += pathText(status, on: day) }
            if status.person.role == .supervisor {
                text += "  supervisor training: \(status.hasSupervisorTraining ? "on record" : "none on record")\n"
            }
            return text
        }
        text += "  certified:           \(renewal.award?.description ?? "-")\n"
        text += "  last certification:  \(renewal.lastCertification?.description ?? "-")\n"
        text += "  renewal due:         \(renewal.due?.description ?? "-")"
        if let due = renewal.due { text += " (\(due.relative(to: day)))" }
        text += "\n"
        text += "  late renewal until:  \(renewal.graceEnd?.description ?? "-") (late fee $\(status.program.lateFee))\n"
        text += "  hours counted:       \(renewal.hoursCounted) of \(renewal.requiredHours) (training after \(renewal.countsAfter?.description ?? "-"))\n"
        text += "  hours verified:      \(renewal.hoursVerified)\n"
        for category in renewal.categories {
            text += "    \(category.id): \(category.counted) counted, \(category.verified) verified, minimum \(category.minimum)"
            text += category.shortfall > .zero ? ", short \(category.shortfall)\n" : "\n"
        }
        text += "  hours:               \(hoursNeeds(status).map { "not met: \($0)" } ?? "met")"
        text += renewal.requirementsMet && !renewal.verifiedRequirementsMet ? " (not all verified yet)\n" : "\n"
        text += pathText(status, on: day)
        if status.person.role == .supervisor {
            text += "  supervisor training: \(status.hasSupervisorTraining ? "on record" : "none on record")\n"
        }
        return text
    }

    package static func json(_ status: PersonStatus, on day: Day) -> [String: Any] {
        let renewal = status.renewal
        var entry: [String: Any] = [
            "id": status.person.id, "name": status.person.name, "role": status.person.role.rawValue,
            "program": status.program.id, "on": day.description, "state": renewal.state.rawValue,
            "hoursCounted": renewal.hoursCounted.description, "hoursVerified": renewal.hoursVerified.description,
            "hoursRequired": renewal.requiredHours.description, "shortfall": renewal.shortfall.description,
            "hoursMet": renewal.requirementsMet, "verifiedRequirementsMet": renewal.verifiedRequirementsMet,
            "categories": renewal.categories.map {
                [
                    "id": $0.id, "minimum": $0.minimum.description, "counted": $0.counted.description,
                    "verified": $0.verified.description, "shortfall": $0.shortfall.description,
                ]
            },
        ]
        if let award = renewal.award { entry["certified"] = award.description }
        if let last = renewal.lastCertification { entry["lastCertification"] = last.description }
        if let due = renewal.due { entry["due"] = due.description }
        if let grace = renewal.graceEnd { entry["graceEnd"] = grace.description }
        if status.person.role == .supervisor { entry["supervisorTraining"] = status.hasSupervisorTraining }
        entry.merge(pathJSON(status.path)) { _, path in path }
        return entry
    }
}

extension StatusFormat {
    /// `status`: each person's standing, or a word on the empty roster.
    package static func text(_ report: StatusReport) -> String {
        report.standings.isEmpty ? RecordsFormat.emptyRoster : report.standings.map { text($0, on: report.day) }.joined(separator: "\n")
    }
}
