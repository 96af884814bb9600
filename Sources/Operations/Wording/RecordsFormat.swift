import PeerTrackCore
import Tracker

/// How the roster, a person's CE records and the verification queues read on screen and
/// in JSON (their CSV tables are `CSVFormat`'s).
package enum RecordsFormat {
    /// What a list says when the roster is empty.
    package static let emptyRoster = "No one on the roster yet. Add someone with `peertrack person add ID --name NAME`.\n"

    package static func rosterText(_ people: [Person]) -> String {
        guard !people.isEmpty else { return emptyRoster }
        return TextTable(headers: ["ID", "NAME", "ROLE", "LOGIN"], rows: people.map { [$0.id, $0.name, $0.role.rawValue, $0.login ?? ""] }).rendered
    }

    package static func rosterJSON(_ people: [Person]) -> [[String: Any]] {
        people.map { person in
            var entry: [String: Any] = ["id": person.id, "name": person.name, "role": person.role.rawValue]
            if let login = person.login { entry["login"] = login }
            return entry
        }
    }

    package static func ceText(_ history: PersonHistory) -> String {
        let records = history.continuingEducation
        guard !records.isEmpty else { return "No CE records for \(history.person.id).\n" }
        let rows = records.map { record -> [String] in
            let state: String
            if let void = history.void(of: record.id) {
                state = "void: \(void.reason)"
            } else if let verification = history.verification(of: record.id) {
                state = "verified by \(verification.supervisor)"
            } else {
                state = "unverified"
            }
            let evidence = history.evidence(of: record.id).isEmpty ? "" : "yes"
            return [record.id, record.date.description, record.hours.description, record.category, record.title, state, evidence]
        }
        return TextTable(headers: ["RECORD", "DATE", "HOURS", "CATEGORY", "TITLE", "STATE", "EVIDENCE"], rows: rows).rendered
    }

    package static func ceJSON(_ history: PersonHistory) -> [[String: Any]] {
        history.continuingEducation.map { record in
            var entry: [String: Any] = [
                "id": record.id, "recorded": record.stamp.time, "date": record.date.description, "hours": record.hours.description,
                "title": record.title, "category": record.category,
            ]
            if let provider = record.provider { entry["provider"] = provider }
            if let attempt = record.attempt { entry["attempt"] = attempt }
            if let origin = record.origin { entry["origin"] = origin }
            if let evidence = history.evidence(of: record.id).last {
                entry["evidence"] = ["record": evidence.id, "sha256": evidence.sha256, "name": evidence.fileName, "size": evidence.size]
            }
            if let verification = history.verification(of: record.id) {
                entry["verifiedBy"] = verification.supervisor
                entry["verifiedAt"] = verification.stamp.time
            }
            if let void = history.void(of: record.id) {
                entry["voided"] = ["at": void.stamp.time, "reason": void.reason]
            }
            return entry
        }
    }

    /// The queues of `ce pending`: the acting person's own, then (for an administrator)
    /// the unassigned queue under its heading; a queue with nothing waiting is left out.
    package static func queuesText(_ queues: [VerificationQueue]) -> String {
        let waiting = queues.filter { !$0.items.isEmpty }
        guard !waiting.isEmpty else { return "Nothing is waiting for your verification.\n" }
        return waiting.map { queue in
            let table = TextTable(
                headers: ["RECORD", "PERSON", "DATE", "HOURS", "CATEGORY", "TITLE"],
                rows: queue.items.map {
                    [$0.record.id, $0.person.id, $0.record.date.description, $0.record.hours.description, $0.record.category, $0.record.title]
                }
            ).rendered
            guard queue.supervisor == nil else { return table }
            return "No supervisor assigned (assign one with `peertrack person assign ID --supervisor SUPERVISOR`):\n"
                + table.split(separator: "\n").map { "  \($0)\n" }.joined()
        }.joined(separator: "\n")
    }

    /// Every record of the queues, each naming its queue: a supervisor's id, or "unassigned".
    package static func queuesJSON(_ queues: [VerificationQueue]) -> [[String: Any]] {
        queues.flatMap { queue in
            queue.items.map { item -> [String: Any] in
                [
                    "id": item.record.id, "person": item.person.id, "date": item.record.date.description,
                    "hours": item.record.hours.description, "title": item.record.title, "category": item.record.category,
                    "recorded": item.record.stamp.time, "queue": queue.supervisor?.id ?? "unassigned",
                ]
            }
        }
    }

    /// One record of the queue walk, with the question.
    package static func walkPrompt(_ item: VerificationQueue.Item, place: Int, of count: Int) -> String {
        let ce = item.record
        return "\n\(place) of \(count): \(ce.id)  \(SafeText.visible(item.person.name)) (\(item.person.id))\n"
            + "  \(ce.date)  \(ce.hours) hour(s) of \(ce.category)  \(SafeText.visible(ce.title))"
            + (ce.provider.map { "  (\(SafeText.visible($0)))" } ?? "") + "\n"
            + "Verify? (y verify, s skip, q stop): "
    }
}

/// How `report due` reads on screen and in JSON.
package enum DueFormat {
    package static func text(_ report: DueReport) -> String {
        let day = report.day
        var text = "Action needed on \(day) (due within \(report.within) days):\n"
        if report.due.isEmpty {
            text += "  no one\n"
        } else {
            text += indented(TextTable(
                headers: ["ID", "NAME", "STATE", "DUE", "LATE UNTIL", "HOURS", "NEEDS"],
                rows: report.due.map { status in
                    let renewal = status.renewal
                    return [
                        status.person.id, status.person.name, renewal.state.rawValue, renewal.due?.description ?? "-",
                        renewal.graceEnd?.description ?? "-", "\(renewal.hoursCounted)/\(renewal.requiredHours)", StatusFormat.needs(status),
                    ]
                }))
        }
        if !report.applicants.isEmpty {
            text += "\nApplicants whose deadline is within \(report.within) days or past:\n"
            text += indented(TextTable(
                headers: ["ID", "NAME", "DEADLINE", "NEEDS"],
                rows: report.applicants.map {
                    [$0.person.id, $0.person.name, $0.path.deadline?.description ?? "-", StatusFormat.applicationNeeds($0.path, on: day)]
                }))
        }
        if !report.untrained.isEmpty {
            text += "\nSupervisors without supervisor training:\n"
            for status in report.untrained {
                text += "  \(status.person.id)  \(status.person.name): no \"\(status.program.supervisorCourse)\" on record\n"
            }
        }
        return text
    }

    private static func indented(_ table: TextTable) -> String {
        table.rendered.split(separator: "\n").map { "  \($0)\n" }.joined()
    }

    package static func json(_ report: DueReport) -> [String: Any] {
        [
            "on": report.day.description, "within": report.within,
            "due": report.due.map { StatusFormat.json($0, on: report.day) },
            "applicants": report.applicants.map { StatusFormat.json($0, on: report.day) },
            "supervisorsWithoutTraining": report.untrained.map { ["id": $0.person.id, "name": $0.person.name, "course": $0.program.supervisorCourse] },
        ]
    }
}
