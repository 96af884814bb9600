import PeerTrackCore
import PeerXML

extension ProgramLoader {
    /// The requirements of one step (`<application>` or `<renewal>`), once each is known to
    /// be checkable: ids unique in the step, a deadline that names a course of the same step,
    /// category minimums within their caps and within the total, and in a renewal neither
    /// hours (the program's `<hours>` are the renewal's) nor a deadline (the due rule is).
    /// Every problem is reported at its element, as FILE:LINE:COLUMN.
    static func requirements(_ step: XMLElement?, renewal: Bool, file: String) throws -> [Requirement] {
        guard let step else { return [] }
        var problems: [XMLDiagnostic] = []
        func refuse(_ element: XMLElement, _ message: String) {
            problems.append(XMLDiagnostic(file: file, line: element.line, column: element.column, message: message))
        }
        func hours(_ text: String?) -> Hours? { text.flatMap { Hours($0) } }
        var seen: Set<String> = renewal ? ["hours"] : []
        var requirements: [Requirement] = []
        for element in step.children {
            let id = element[attribute: "id"] ?? ""
            let name = element[attribute: "name"].map(XMLElement.foldWhitespace) ?? element.normalizedText
            if !seen.insert(id).inserted {
                refuse(element, id == "hours" ? "requirement id 'hours' is the renewal's hours; choose another id" : "requirement id '\(id)' is used twice in <\(step.name)>")
            }
            let rule: Requirement.Rule
            switch element.name {
            case "course":
                rule = .course(minimumHours: hours(element[attribute: "hours"]) ?? .zero)
            case "hours":
                if renewal { refuse(element, "a renewal's hours are the program's <hours>: <hours> cannot be checked inside <renewal>") }
                let required = hours(element[attribute: "required"]) ?? .zero
                var minimums = Hours.zero
                let categories = element.children("category").map { category -> Program.Category in
                    let minimum = hours(category[attribute: "min"]) ?? .zero
                    let cap = hours(category[attribute: "max"])
                    if let cap, cap < minimum { refuse(category, "category '\(category[attribute: "id"] ?? "")' asks at least \(minimum) hours but counts at most \(cap)") }
                    minimums = minimums + minimum
                    return Program.Category(id: category[attribute: "id"] ?? "", name: category.normalizedText, minimum: minimum, cap: cap)
                }
                if minimums > required { refuse(element, "the categories' minimums add up to \(minimums) hours, more than the \(required) required") }
                var ids: Set<String> = []
                for (category, element) in zip(categories, element.children("category")) where !ids.insert(category.id).inserted {
                    refuse(element, "category id '\(category.id)' is used twice")
                }
                rule = .hours(required: required, categories: categories)
            case "document":
                rule = .document(count: Int(element[attribute: "count"] ?? "") ?? 1)
            case "attestation":
                rule = .attestation
            case "deadline":
                if renewal { refuse(element, "a renewal's deadline is the program's <due> rule: <deadline> cannot be checked inside <renewal>") }
                let course = element[attribute: "course"] ?? ""
                let named = step.children.first { $0.name == "course" && $0[attribute: "id"] == course }
                if named == nil { refuse(element, "deadline '\(id)' runs from course '\(course)', which <\(step.name)> does not list") }
                rule = .deadline(course: course, months: Int(element[attribute: "months"] ?? "") ?? 0)
            default:
                refuse(element, "<\(element.name)> is not a requirement this version can check: expected course, hours, document, attestation or deadline")
                continue
            }
            requirements.append(Requirement(id: id, name: name, rule: rule))
        }
        if !problems.isEmpty { throw XMLDocumentError(problems) }
        return requirements
    }
}
