import Foundation
import PeerTrackCore
import Tracker

/// Everyone's standing (or one person's) on a day.
package struct StatusReport: Sendable {
    package var day: Day
    package var standings: [PersonStatus]
}

/// Who needs action on a day, most urgent first (`report due`).
package struct DueReport: Sendable {
    package var day: Day
    package var within: Int
    package var due: [PersonStatus]
    package var applicants: [PersonStatus]
    package var untrained: [PersonStatus]
}

/// An award or recertification recorded, with what it passed over if an administrator
/// overrode the checklist.
package struct AwardRecorded: Sendable {
    package var id: String
    package var date: Day
    package var program: String?
    /// The renewal due date it sets.
    package var due: Day?
    package var override: (reason: String, passedOver: [String])?
}

extension Workspace {
    /// The standings on `on` (default today) of one person or everyone.
    package func status(person: String?, on: Day?) throws -> StatusReport {
        let tracker = try openTracker()
        let day = day(on, tracker: tracker)
        return StatusReport(day: day, standings: try tracker.standings(person: person, on: day))
    }

    /// The people who need action within `within` days of `on` (default today).
    package func dueReport(within: Int, on: Day?) throws -> DueReport {
        let tracker = try openTracker()
        let day = day(on, tracker: tracker)
        let standings = try tracker.standings(on: day)
        return DueReport(
            day: day, within: within, due: Tracker.dueReport(standings, within: within, on: day),
            applicants: Tracker.applicantsDue(standings, within: within, on: day), untrained: Tracker.supervisorsWithoutTraining(standings))
    }

    package func addRequirement(person: String, item: String, date: Day, details: RequirementDetails) throws -> Record {
        try openTracker().addRequirement(person: person, item: item, date: date, details: details)
    }

    /// A document record's file, checked against its hash.
    package func documentFile(_ record: String) throws -> (document: DocumentRecord, bytes: [UInt8]) {
        try openTracker().documentFile(record)
    }

    package func certify(person: String, date: Day, program: String?, number: String?, designation: String?, override: String?) throws -> AwardRecorded {
        let tracker = try openTracker()
        let record = try tracker.certify(person: person, date: date, program: program, number: number, designation: designation, override: override)
        return try recorded(record.stamp.id, date: record.date, program: record.program, person: person, tracker: tracker)
    }

    package func recertify(person: String, date: Day, override: String?) throws -> AwardRecorded {
        let tracker = try openTracker()
        let record = try tracker.recertify(person: person, date: date, override: override)
        return try recorded(record.stamp.id, date: record.date, program: nil, person: person, tracker: tracker)
    }

    private func recorded(_ id: String, date: Day, program: String?, person: String, tracker: Tracker) throws -> AwardRecorded {
        let fields = try tracker.records(about: person).last { $0.id == id }?.fields ?? []
        var override: (String, [String])?
        if let reason = fields.first(where: { $0.key == "override" })?.value {
            override = (reason, (fields.first { $0.key == "missing" }?.value ?? "").split(separator: ",").map(String.init))
        }
        return AwardRecorded(id: id, date: date, program: program, due: try tracker.status(of: person, on: tracker.today).due, override: override)
    }

    /// The audit trail, in pieces made on every core and handed to `write` in order.
    package func streamLog(_ format: OutputForm, write: (String) -> Void) throws {
        try LogFormat.stream(try openTracker(), format, write: write)
    }
}
