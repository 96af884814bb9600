import PeerXML
import Tracker

/// What importing a transcript into a store does: the records to append (each with its
/// original id, time, account and actor, plus the agency it came from as `origin`), or
/// every reason it cannot. Deciding is pure; `Tracker.importTranscript(_:)` appends.
public struct TranscriptImport: Sendable {
    /// Records new to the store, in the order to append them.
    public var records: [Record]
    /// How many of the transcript's records the store holds already.
    public var present: Int
    /// How many people the transcript holds.
    public var people: Int

    /// Plans an import. Throws every problem at once, as `FILE:LINE:COLUMN` diagnostics:
    /// totals in the transcript that do not agree with its records, a record whose id is
    /// taken by a different record here, a person id that belongs to someone else here,
    /// or an award in a program this PeerTrack has no rules for.
    public static func plan(_ transcript: Transcript, ledger: Ledger, programs: [String: Program]) throws(XMLDocumentError) -> TranscriptImport {
        var diagnostics = TranscriptChecker().check(transcript)
        var plan = TranscriptImport(records: [], present: 0, people: transcript.people.count)
        func problem(_ person: PersonTranscript, _ part: PersonTranscript.Part, _ message: String) {
            let position = person.position(of: part)
            diagnostics.append(XMLDiagnostic(file: transcript.file, line: position?.line ?? 0, column: position?.column ?? 0, message: message))
        }
        let origin = transcript.header.agency
        for person in transcript.people {
            let local = ledger.person(person.id)
            if let local, local.name != person.name {
                problem(
                    person, .person,
                    "conflict: person id '\(person.id)' belongs to \(local.name) in this store but to \(person.name) in the transcript")
            }
            for record in person.records {
                if let existing = ledger.record(record.id) {
                    if let difference = existing.difference(from: record) {
                        problem(person, .record(record.id), "conflict: record \(record.id) is already in this store with other content: \(difference)")
                    } else {
                        plan.present += 1
                    }
                    continue
                }
                if record.kind == .person, local != nil {
                    // The same person is on the roster here already, through a record of this store's own.
                    plan.present += 1
                    continue
                }
                if let program = Award(record)?.program, programs[program] == nil {
                    problem(
                        person, .record(record.id),
                        "the award in record \(record.id) is in program '\(program)', which this PeerTrack has no rules for (it knows \(programs.keys.sorted().joined(separator: ", "))); add the program's rule file to Curriculum/programs/ and import again")
                }
                if let field = record.fields.first(where: { $0.value.unicodeScalars.contains(where: SafeText.isUnsafe) }) {
                    problem(
                        person, .record(record.id),
                        "record \(record.id): its \(field.key) '\(SafeText.visible(field.value))' holds a control or direction-changing character; nothing of this file is imported")
                }
                var fields = record.fields.map { ($0.key, $0.value) }
                if !fields.contains(where: { $0.0 == "origin" }) { fields.append(("origin", origin)) }
                plan.records.append(Record(id: record.id, kind: record.kind, time: record.time, account: record.account, actor: record.actor, fields: fields))
            }
        }
        if !diagnostics.isEmpty { throw XMLDocumentError(diagnostics.inDocumentOrder) }
        return plan
    }
}
