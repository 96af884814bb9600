import Foundation
import PeerTrackCore

/// Records brought from another store, compared with this one as they come and staged in a
/// file beside the journal (`StagingFile`): nothing reaches the journal until `commit`,
/// which appends them all, with one `import` note, in a single step that a killed process
/// or a full disk leaves either undone or done (`Journal.appendStaged`). Memory does not
/// grow with the records staged, beyond a hash of each id.
public final class ImportBatch {
    private let tracker: Tracker
    private var staging: StagingFile?
    private var stagedIDs = HashedIDSet()
    private var lookups = 0

    /// How many records are staged.
    public private(set) var staged = 0

    init(tracker: Tracker) throws {
        self.tracker = tracker
        self.staging = try StagingFile(directory: tracker.storeDirectory, mode: tracker.journal.fileMode)
    }

    deinit { staging?.discard() }

    /// The record this store holds under an id, if any.
    public func stored(_ id: String) throws -> Record? {
        lookups += 1
        // Looking records up reads the journal here and there; let go of its pages now and
        // then, so that memory does not grow with the store.
        if lookups % 4096 == 0 { tracker.journal.releasePages() }
        return try tracker.storedRecord(id)
    }

    /// The person on this store's roster with this id, if any.
    public func person(_ id: String) -> Person? {
        tracker.ledger.person(id)
    }

    /// Stages one record (it keeps its id, time, account and actor).
    public func stage(_ record: Record) throws {
        guard let staging else { throw TrackerError.io(path: tracker.storeDirectory.path, operation: "stage an import that has ended", errno: EINVAL) }
        try staging.append(record)
        stagedIDs.insert(record.id)
        staged += 1
    }

    /// Appends everything staged and one `import` note about it (the file, its issuer and
    /// when it was issued, how many people it holds and how many of its records were here
    /// already), together; nil, and nothing written, when nothing was staged.
    public func commit(file: String, issuer: String, issued: String, people: Int, present: Int) throws -> ImportNote? {
        guard let staging else { return nil }
        defer { discard() }
        guard staged > 0 else { return nil }
        var noteID = tracker.context.newID()
        // A hash shared with a staged id only costs another draw.
        while try stored(noteID) != nil || stagedIDs.contains(noteID) {
            noteID = tracker.context.newID()
        }
        let note = tracker.stamper(actor: try tracker.actor(as: nil)?.id).record(
            .import,
            [
                ("file", file), ("issuer", issuer), ("issued", issued), ("people", String(people)), ("added", String(staged)),
                ("present", String(present)),
            ], id: noteID)
        try staging.append(note)
        // The ids were only wanted for drawing the note's; the index is about to need room.
        stagedIDs = HashedIDSet()
        try tracker.journal.appendStaged(staging)
        try tracker.reloadRoster()
        return try tracker.typed(note, ImportNote.init)
    }

    /// Throws away everything staged; the store is as it was.
    public func discard() {
        staging?.discard()
        staging = nil
    }
}

extension Tracker {
    /// Starts an import of records from another store (administrators only).
    public func beginImport() throws -> ImportBatch {
        try authorize(.manage, subject: nil)
        return try ImportBatch(tracker: self)
    }
}
