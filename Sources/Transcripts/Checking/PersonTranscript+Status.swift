import PeerTrackCore
import Tracker

extension PersonTranscript {
    /// The CE records that count toward the stated renewal: not void, dated after the
    /// status's `countsAfter` and on or before its day.
    static func countingEntries(_ person: PersonTranscript) -> [CEEntry] {
        guard let after = person.status.countsAfter else { return [] }
        return ceEntries(person).filter { $0.date > after && $0.date <= person.status.on }
    }

    /// The CE records that are not void, as the rules see them.
    static func ceEntries(_ person: PersonTranscript) -> [CEEntry] {
        person.continuingEducation.compactMap { course in
            let record = course.record
            guard course.voids.isEmpty, let date = record["date"].flatMap(Day.init), let hours = record["hours"].flatMap(Hours.init) else {
                return nil
            }
            return CEEntry(date: date, hours: hours, category: record["category"] ?? "", verified: !course.verifications.isEmpty)
        }
    }

    /// The status the program's rules give for the person's records on the stated day.
    static func status(_ person: PersonTranscript, program: Program) -> StatusSummary {
        let awards = person.certifications.compactMap { record -> (date: Day, designation: String?)? in
            guard record.kind == .certify, (record["program"] ?? person.program) == program.id,
                let date = record["date"].flatMap(Day.init)
            else { return nil }
            return (date, record["designation"])
        }
        let recertifications = person.certifications.filter { $0.kind == .recertify }.compactMap { $0["date"].flatMap(Day.init) }.sorted()
        let status = program.status(awards: awards, recertifications: recertifications, ce: ceEntries(person), on: person.status.on)
        return StatusSummary(status, on: person.status.on)
    }
}
