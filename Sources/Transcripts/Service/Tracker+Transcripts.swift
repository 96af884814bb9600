import PeerTrackCore
import Tracker

extension Tracker {
    /// Writes a transcript of one person, or of everyone on the roster when `person` is nil,
    /// with the renewal status on `day`. `softwareVersion` names the tool's version.
    public func writeTranscript(person id: String?, on day: Day, softwareVersion: String, to descriptor: Int32) throws {
        guard let agency else { throw TrackerError.notInitialized(path: storeDirectory.path) }
        try authorize(.export, subject: id)
        var writer = TranscriptWriter(fileDescriptor: descriptor)
        try writer.begin(TranscriptHeader(
            issued: TrackerContext.timestamp(context.now()), scope: id == nil ? .agency : .person, agency: agency,
            softwareVersion: softwareVersion))
        let roster = self.roster
        if let id {
            let history = try history(of: id)
            let standing = try self.standing(of: history, on: day)
            let status = StatusSummary(standing.renewal, on: day)
            try writer.write(PersonTranscript(history: history, roster: roster, program: standing.program.id, status: status))
        } else {
            // Batches of people are read, summed up and written out as parts on every core
            // while the document writer appends the batch before, in roster order: memory
            // does not grow with the size of the roster.
            let rules = standingRules
            try forEveryone({ history in
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
        try authorize(.manage, subject: nil)
        let plan = try TranscriptImport.plan(transcript, ledger: try completeLedger(), programs: programs)
        guard !plan.records.isEmpty else {
            return TranscriptImportSummary(added: [], present: plan.present, people: plan.people, note: nil)
        }
        let header = transcript.header
        let note = try recordImport(
            plan.records, file: transcript.file, issuer: header.agency, issued: header.issued, people: plan.people, present: plan.present)
        return TranscriptImportSummary(added: plan.records, present: plan.present, people: plan.people, note: note)
    }
}
