import PeerTrackCore
import Tracker

/// Transcripts in and out of one store: what an agency exports for a renewal packet, an
/// audit or a transfer, and what it imports from another agency. It works through the
/// tracker's public, typed API, with the tracker's own permission checks.
public struct TranscriptExchange {
    /// The open store.
    public let tracker: Tracker

    /// The exchange of a store.
    public init(tracker: Tracker) {
        self.tracker = tracker
    }

    /// Writes a transcript of one person, or of everyone on the roster when `person` is nil,
    /// with the renewal status on `day`. `softwareVersion` names the tool's version.
    public func writeTranscript(person id: String?, on day: Day, softwareVersion: String, to descriptor: Int32) throws {
        guard let agency = tracker.agency else { throw TrackerError.notInitialized(path: tracker.storeDirectory.path) }
        try tracker.authorize(.export, subject: id)
        var writer = TranscriptWriter(fileDescriptor: descriptor)
        try writer.begin(TranscriptHeader(
            issued: TrackerContext.timestamp(tracker.context.now()), scope: id == nil ? .agency : .person, agency: agency,
            softwareVersion: softwareVersion))
        let roster = tracker.roster
        if let id {
            let history = try tracker.history(of: id)
            let standing = try tracker.standing(of: history, on: day)
            let status = StatusSummary(standing.renewal, on: day)
            try writer.write(PersonTranscript(history: history, roster: roster, program: standing.program.id, status: status))
        } else {
            // Batches of people are read, summed up and written out as parts on every core
            // while the document writer appends the batch before, in roster order: memory
            // does not grow with the size of the roster.
            let rules = tracker.standingRules
            try tracker.forEveryone({ history in
                let standing = try rules.standing(of: history, on: day)
                let transcript = PersonTranscript(
                    history: history, roster: roster, program: standing.program.id, status: StatusSummary(standing.renewal, on: day))
                var part = try TranscriptWriter()
                return try part.part(transcript)
            }, consume: { try writer.append(part: $0) })
        }
        try writer.finish()
    }

    /// Imports a transcript: checks it and compares it with the store, then appends every
    /// record new to the store (keeping its id, time, account and actor, and noting its
    /// `origin`) and one `import` record, together. Records already here are skipped, so
    /// importing a file twice changes nothing. Any conflict or inconsistency throws
    /// `XMLDocumentError` and nothing is written.
    @discardableResult
    public func importTranscript(_ transcript: Transcript) throws -> TranscriptImportSummary {
        try tracker.authorize(.manage, subject: nil)
        let plan = try TranscriptImport.plan(transcript, ledger: try tracker.completeLedger(), programs: tracker.programs)
        guard !plan.records.isEmpty else {
            return TranscriptImportSummary(added: [], present: plan.present, people: plan.people, note: nil)
        }
        let header = transcript.header
        let note = try tracker.recordImport(
            plan.records, file: transcript.file, issuer: header.agency, issued: header.issued, people: plan.people, present: plan.present)
        return TranscriptImportSummary(added: plan.records, present: plan.present, people: plan.people, note: note)
    }
}
