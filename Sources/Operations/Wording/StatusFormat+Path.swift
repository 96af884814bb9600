import PeerTrackCore
import Tracker

/// How the certification path (the step, its deadline and checklist) reads on screen and in JSON.
extension StatusFormat {
    /// The step, its deadline and one line per item, marked met or MISSING.
    package static func pathText(_ status: PersonStatus, on day: Day) -> String {
        let path = status.path
        var text = "  stage:               \(path.stage.rawValue)"
        text += path.stage == .application && status.renewal.state == .lapsed ? " (again, after the lapse: only what is dated after \(path.countsAfter?.description ?? "-") counts)\n" : "\n"
        if let deadline = path.deadline {
            text += "  deadline:            \(deadline) (\(deadline.relative(to: day)))\n"
        } else if path.stage == .application, path.checklist.contains(where: { $0.kind == .deadline }) {
            text += "  deadline:            - (it runs from the course certificate's date)\n"
        }
        if path.checklist.isEmpty {
            text += "  checklist:           none listed by \(status.program.id)'s rule file\n"
            return text
        }
        text += "  checklist (\(path.checklist.filter(\.isMet).count) of \(path.checklist.count) met):\n"
        for item in path.checklist {
            text += "    [\(item.isMet ? "met" : "MISSING")] \(item.id): \(SafeText.visible(item.name)): \(item.figures)\n"
            for detail in item.details { text += "        \(SafeText.visible(detail))\n" }
        }
        text += "  requirements:        \(path.requirementsMet ? "met" : "not met: \(path.missing.map(\.id).joined(separator: ", "))")\n"
        return text
    }

    /// What an application still needs, in a few words.
    package static func applicationNeeds(_ path: PathStatus, on day: Day) -> String {
        if let deadline = path.deadline, day > deadline { return "take the course again (deadline passed on \(deadline))" }
        return path.missing.isEmpty ? "ready to certify" : path.missing.map(\.id).joined(separator: ", ")
    }

    /// `"stage"`, `"deadline"`, `"checklist"` and `"requirementsMet"`.
    package static func pathJSON(_ path: PathStatus) -> [String: Any] {
        var entry: [String: Any] = [
            "stage": path.stage.rawValue, "requirementsMet": path.requirementsMet,
            "checklist": path.checklist.map(itemJSON),
        ]
        if let deadline = path.deadline { entry["deadline"] = deadline.description }
        if let after = path.countsAfter { entry["countsAfter"] = after.description }
        return entry
    }

    package static func itemJSON(_ item: ChecklistItem) -> [String: Any] {
        var entry: [String: Any] = ["id": item.id, "name": item.name, "kind": item.kind.rawValue, "state": item.state.rawValue]
        if let counted = item.hoursCounted { entry["hoursCounted"] = counted.description }
        if let required = item.hoursRequired { entry["hoursRequired"] = required.description }
        if let verified = item.hoursVerified { entry["hoursVerified"] = verified.description }
        if let received = item.received { entry["received"] = received }
        if let required = item.requiredCount { entry["required"] = required }
        if let date = item.date { entry[item.kind == .deadline ? "deadline" : "date"] = date.description }
        if !item.categories.isEmpty {
            entry["categories"] = item.categories.map { category -> [String: Any] in
                var figure: [String: Any] = [
                    "id": category.id, "minimum": category.minimum.description, "recorded": category.recorded.description,
                    "counted": category.counted.description,
                ]
                if let cap = category.cap { figure["cap"] = cap.description }
                return figure
            }
        }
        if !item.records.isEmpty { entry["records"] = item.records }
        if !item.details.isEmpty { entry["details"] = item.details }
        return entry
    }
}

extension StatusFormat {
    /// `requirement list`: the checklist of the person's step on a day.
    package static func checklistText(_ status: PersonStatus, on day: Day) -> String {
        "\(SafeText.visible(status.person.name)) (\(status.person.id)), \(status.program.id), on \(day):\n" + pathText(status, on: day)
    }

    package static func checklistJSON(_ status: PersonStatus, on day: Day) -> [String: Any] {
        var entry = pathJSON(status.path)
        entry["id"] = status.person.id
        entry["on"] = day.description
        entry["program"] = status.program.id
        return entry
    }
}
