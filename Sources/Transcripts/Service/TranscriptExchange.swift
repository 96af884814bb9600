import Foundation
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

    /// Imports a transcript file in one streaming pass: each person is checked, compared
    /// with the store and its new records staged beside the journal as the file is read;
    /// only when the whole file has passed are they appended (keeping their ids, times,
    /// accounts and actors, and noting their `origin`), with one `import` record, in one
    /// step. Records already here are skipped, so importing a file twice changes nothing.
    /// Any problem throws `XMLDocumentError` and nothing is written.
    @discardableResult
    public func importTranscript(contentsOf url: URL, displayName: String? = nil) throws -> TranscriptImportSummary {
        let name = displayName ?? url.path
        let batch = try tracker.beginImport()
        let importing = TranscriptImport(batch: batch, programs: tracker.programs, file: name)
        let outline: TranscriptOutline
        do {
            outline = try TranscriptReader().stream(contentsOf: url, displayName: name, header: importing.begin, person: importing.add)
        } catch {
            batch.discard()
            throw error
        }
        return try importing.finish(outline)
    }

    /// Imports a transcript already read, in the same way.
    @discardableResult
    public func importTranscript(_ transcript: Transcript) throws -> TranscriptImportSummary {
        let batch = try tracker.beginImport()
        let importing = TranscriptImport(batch: batch, programs: tracker.programs, file: transcript.file)
        importing.begin(transcript.header)
        transcript.people.forEach(importing.add)
        return try importing.finish(TranscriptOutline(
            file: transcript.file, header: transcript.header, position: transcript.position, people: transcript.people.count,
            records: transcript.people.reduce(0) { $0 + $1.records.count }))
    }
}
