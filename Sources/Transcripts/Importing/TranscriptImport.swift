import PeerTrackCore
import PeerXML
import Tracker

/// One import of a transcript into a store, a person at a time as the file is read: each
/// person is checked (the totals it states against its records), compared with the store
/// (a record id taken here by other content, a person id that belongs to someone else
/// here, an award in a program this PeerTrack has no rules for, unsafe text) and its new
/// records staged, keeping their ids, times, accounts and actors and noting the agency
/// they came from as `origin`. `finish` appends them all, or throws every problem found and
/// appends nothing.
final class TranscriptImport {
    private let batch: ImportBatch
    private let programs: [String: Program]
    private let file: String
    private var origin = ""
    private var diagnostics = ProblemList()
    /// A failure to stage (a full disk): the import stops staging and throws it at the end.
    private var failure: Error?
    private(set) var present = 0
    private(set) var people = 0

    init(batch: ImportBatch, programs: [String: Program], file: String) {
        self.batch = batch
        self.programs = programs
        self.file = file
    }

    func begin(_ header: TranscriptHeader) {
        origin = header.agency
    }

    func add(_ person: PersonTranscript) {
        people += 1
        diagnostics += TranscriptChecker().check(person, file: file)
        func problem(_ part: PersonTranscript.Part, _ message: String) {
            let position = person.position(of: part)
            diagnostics.append(XMLDiagnostic(file: file, line: position?.line ?? 0, column: position?.column ?? 0, message: message))
        }
        do {
            let local = batch.person(person.id)
            if let local, local.name != person.name {
                problem(.person, "conflict: person id '\(person.id)' belongs to \(local.name) in this store but to \(person.name) in the transcript")
            }
            for record in person.records {
                if let existing = try batch.stored(record.id) {
                    if let difference = existing.difference(from: record) {
                        problem(.record(record.id), "conflict: record \(record.id) is already in this store with other content: \(difference)")
                    } else {
                        present += 1
                    }
                    continue
                }
                if record.kind == .person, local != nil {
                    // The same person is on the roster here already, through a record of this store's own.
                    present += 1
                    continue
                }
                if let program = Award(record)?.program, programs[program] == nil {
                    problem(
                        .record(record.id),
                        "the award in record \(record.id) is in program '\(program)', which this PeerTrack has no rules for (it knows \(programs.keys.sorted().joined(separator: ", "))); add the program's rule file to Curriculum/programs/ and import again")
                }
                // Once anything is wrong nothing will be appended: checking goes on, staging stops.
                guard diagnostics.isEmpty, failure == nil else { continue }
                var fields = record.fields.map { ($0.key, $0.value) }
                if !fields.contains(where: { $0.0 == "origin" }) { fields.append(("origin", origin)) }
                try batch.stage(Record(id: record.id, kind: record.kind, time: record.time, account: record.account, actor: record.actor, fields: fields))
            }
        } catch {
            if failure == nil { failure = error }
        }
    }

    /// Appends what was staged, with the import note; or throws every problem found (the
    /// transcript's scope checked against the people it held) and appends nothing.
    func finish(_ outline: TranscriptOutline) throws -> TranscriptImportSummary {
        diagnostics += TranscriptChecker.check(scope: outline.header.scope, people: outline.people, at: outline.position, file: file)
        if !diagnostics.isEmpty {
            batch.discard()
            throw XMLDocumentError(diagnostics.inDocumentOrder)
        }
        if let failure {
            batch.discard()
            throw failure
        }
        let added = batch.staged
        let header = outline.header
        let note = try batch.commit(file: file, issuer: header.agency, issued: header.issued, people: people, present: present)
        return TranscriptImportSummary(added: added, present: present, people: people, note: note)
    }
}
