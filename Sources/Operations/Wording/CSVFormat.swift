import PeerTrackCore
import Runner
import Tracker

/// The `--csv` outputs: one table each, with a header row, written by `CSVWriter` (RFC
/// 4180, CRLF, a cell that would start a formula guarded with `'`), so that they open
/// cleanly in a spreadsheet. `person list --csv` has the columns `person import` reads.
package enum CSVFormat {
    /// The roster.
    package static func people(_ people: [Person]) -> String {
        var writer = CSVWriter()
        writer.appendRow(["id", "name", "role", "login"])
        for person in people { writer.appendRow([person.id, person.name, person.role.rawValue, person.login ?? ""]) }
        return writer.text
    }

    /// A person's CE records, voided ones included, with their verification.
    package static func continuingEducation(_ history: PersonHistory) -> String {
        var writer = CSVWriter()
        writer.appendRow([
            "record", "person", "date", "hours", "category", "title", "provider", "state", "verified by", "verified at", "voided at",
            "void reason",
        ])
        for record in history.continuingEducation {
            let verification = history.verification(of: record.id)
            let void = history.void(of: record.id)
            writer.appendRow([
                record.id, record.person, record.date.description, record.hours.description, record.category, record.title,
                record.provider ?? "", void != nil ? "void" : verification != nil ? "verified" : "unverified", verification?.supervisor ?? "",
                verification?.stamp.time ?? "", void?.stamp.time ?? "", void?.reason ?? "",
            ])
        }
        return writer.text
    }

    /// One row per person: due date, state, hours counted and verified, and for every
    /// category of the programs in use its hours and shortfall; then the step on the path,
    /// its deadline and the checklist items missing.
    package static func status(_ standings: [PersonStatus], on day: Day) -> String {
        var categories: [String] = []
        var programs = Set<String>()
        for status in standings where programs.insert(status.program.id).inserted {
            for id in status.program.renewalCategoryIDs where !categories.contains(id) { categories.append(id) }
        }
        var writer = CSVWriter()
        writer.appendRow(
            [
                "id", "name", "role", "program", "on", "state", "certified", "last certification", "due", "days until due", "late until",
                "hours required", "hours counted", "hours verified", "shortfall", "requirements met", "verified requirements met",
            ] + categories.flatMap { ["\($0) counted", "\($0) verified", "\($0) shortfall"] }
                + ["supervisor training", "hours met", "stage", "deadline", "missing"])
        for status in standings {
            let renewal = status.renewal
            let certified = renewal.state != .notCertified
            var cells = [
                status.person.id, status.person.name, status.person.role.rawValue, status.program.id, day.description, renewal.state.rawValue,
                renewal.award?.description ?? "", renewal.lastCertification?.description ?? "", renewal.due?.description ?? "",
                renewal.daysUntilDue(from: day).map(String.init) ?? "", renewal.graceEnd?.description ?? "",
                renewal.requiredHours.description, renewal.hoursCounted.description, renewal.hoursVerified.description,
                certified ? renewal.shortfall.description : "", yesNo(status.path.requirementsMet), yesNo(renewal.verifiedRequirementsMet),
            ]
            for id in categories {
                guard let category = renewal.categories.first(where: { $0.id == id }) else {
                    cells += ["", "", ""]
                    continue
                }
                cells += [category.counted.description, category.verified.description, certified ? category.shortfall.description : ""]
            }
            cells.append(status.person.role == .supervisor ? yesNo(status.hasSupervisorTraining) : "")
            // The whole path: "requirements met" above is every checklist item, "hours met" the hours alone.
            cells += [
                yesNo(renewal.requirementsMet), status.path.stage.rawValue, status.path.deadline?.description ?? "",
                status.path.missing.map(\.id).joined(separator: " "),
            ]
            writer.appendRow(cells)
        }
        return writer.text
    }

    /// Who needs action, most urgent first, then the supervisors without supervisor training.
    package static func due(_ due: [PersonStatus], applicants: [PersonStatus] = [], untrained: [PersonStatus], on day: Day) -> String {
        var writer = CSVWriter()
        writer.appendRow(["action", "id", "name", "state", "due", "late until", "hours counted", "hours required", "needs"])
        for status in due {
            let renewal = status.renewal
            writer.appendRow([
                "renewal", status.person.id, status.person.name, renewal.state.rawValue, renewal.due?.description ?? "",
                renewal.graceEnd?.description ?? "", renewal.hoursCounted.description, renewal.requiredHours.description, StatusFormat.needs(status),
            ])
        }
        for status in applicants {
            let deadline = status.path.deadline
            writer.appendRow([
                "application", status.person.id, status.person.name, deadline.map { day > $0 } == true ? "past-deadline" : "application",
                deadline?.description ?? "", "", "", "", StatusFormat.applicationNeeds(status.path, on: day),
            ])
        }
        for status in untrained {
            writer.appendRow([
                "supervisor training", status.person.id, status.person.name, status.renewal.state.rawValue, "", "", "", "",
                "no \"\(status.program.supervisorCourse)\" on record",
            ])
        }
        return writer.text
    }

    /// A learner's finished quiz attempts, oldest first.
    package static func results(_ progress: LearnerProgress) -> String {
        var writer = CSVWriter()
        writer.appendRow(["person", "quiz", "version", "started", "ended", "correct", "asked", "score", "passed", "seed", "record"])
        for attempt in progress.attempts {
            writer.appendRow([
                attempt.person, attempt.quizID, String(attempt.version), attempt.started, attempt.ended, QuizScore.text(attempt.correct),
                String(attempt.asked), String(attempt.score), yesNo(attempt.passed), attempt.seed.map(String.init) ?? "", attempt.recordID,
            ])
        }
        return writer.text
    }

    /// The header row of `log --csv`.
    package static let logHeader = CSVWriter.row(["time", "id", "kind", "account", "actor", "person", "fields"])

    /// One record as a row of `log --csv`, from its bytes: every field but the person as
    /// `key=value`, separated by `; `, in one cell.
    package static func log(_ record: Record, into writer: inout CSVWriter) {
        record.withBytes(of: .time) { writer.append(utf8: $0) }
        record.withBytes(of: .id) { writer.append(utf8: $0) }
        writer.append(record.kind.rawValue)
        record.withBytes(of: .account) { writer.append(utf8: $0) }
        record.withBytes(of: .actor) { writer.append(utf8: $0) }
        record.withBytes(of: "person") { writer.append(utf8: $0 ?? UnsafeRawBufferPointer(start: nil, count: 0)) }
        var fields: [UInt8] = []
        record.forEachField { key, value in
            guard !key.elementsEqual("person".utf8) else { return }
            if !fields.isEmpty { fields += "; ".utf8 }
            Record.withPlain(key) { fields += $0 }
            fields.append(UInt8(ascii: "="))
            Record.withPlain(value) { fields += $0 }
        }
        fields.withUnsafeBytes { writer.append(utf8: $0) }
        writer.endRow()
    }

    private static func yesNo(_ value: Bool) -> String { value ? "yes" : "no" }
}
