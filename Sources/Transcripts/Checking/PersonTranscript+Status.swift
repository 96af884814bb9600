import PeerTrackCore
import Tracker

extension PersonTranscript {
    /// The CE records that count toward the stated renewal: not void, dated after the
    /// status's `countsAfter` and on or before its day.
    static func countingEntries(_ person: PersonTranscript) -> [CEEntry] {
        guard let after = person.status.countsAfter else { return [] }
        return CountingWindow(after: after, through: person.status.on).entries(ceEntries(person))
    }

    /// The CE records that are not void, as the rules see them.
    static func ceEntries(_ person: PersonTranscript) -> [CEEntry] {
        person.continuingEducation.compactMap { course in
            guard course.voids.isEmpty, let ce = CERecord(course.record) else { return nil }
            return CEEntry(date: ce.date, hours: ce.hours, category: ce.category, verified: !course.verifications.isEmpty)
        }
    }

    /// The status the program's rules give for the person's records on the stated day.
    static func status(_ person: PersonTranscript, program: Program) -> StatusSummary {
        let awards = person.certifications.compactMap(Award.init).filter { ($0.program ?? person.program) == program.id }
            .map { (date: $0.date, designation: $0.designation) }
        let recertifications = person.certifications.compactMap(Recertification.init).map(\.date).sorted()
        let status = program.status(awards: awards, recertifications: recertifications, ce: ceEntries(person), on: person.status.on)
        return StatusSummary(status, on: person.status.on)
    }
}
