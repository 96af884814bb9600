import Foundation
import PeerTrackCore

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The append-only record journal of one store, held open under an exclusive lock for
/// the life of the object (`JournalLock`) so that several users' commands never interleave.
///
/// Reading is by index (`index.bin`, derived and rebuilt whenever it does not match), so a
/// command about one person reads that person's lines only (`JournalReader` verifies every
/// line's checksum as it reads it; a bad line anywhere but the end stops the command with
/// an error naming it). Reading never writes: a torn last line (`TailRecovery`) is ignored
/// and noted, and set aside only before an append (`JournalAppender`), which cuts the file
/// back if it fails part-way.
public final class Journal {
    /// The store folder.
    public let directory: URL
    /// The journal file.
    public let file: URL
    /// Things the user should know about, such as a torn line that reading ignores.
    public internal(set) var warnings: [String] = []
    /// The mode of the store's files: 0600, or 0660 in a store shared by a group.
    let fileMode: mode_t

    let lock: JournalLock
    let reader: JournalReader
    var torn: TailRecovery?
    /// The length an interrupted import must be cut back to, when opening could not cut it.
    var rollback: Int?
    var index = JournalIndex()
    /// Lines indexed since the index file was last written.
    var unsavedLines = 0
    /// Guards the index while several threads read records (see `records(of:)`).
    private let indexLock = NSLock()
    /// How many times the index was rebuilt because it did not match the journal.
    private var indexGeneration = 0

    /// The file name of the journal inside a store.
    public static let fileName = "journal.log"
    /// After this many lines not yet in the index file, the index file is written again.
    static let saveThreshold = 2_000

    /// Opens (creating if needed) the store folder and its journal, locks it, notes a torn
    /// last line and brings the index up to date. A folder that is setgid and open to its
    /// group is a shared store, whose files are 0660; any other is personal (0700, 0600).
    public init(directory: URL) throws {
        self.directory = directory
        self.file = directory.appendingPathComponent(Journal.fileName)
        // Every file operation of the store runs with the store's privilege (see StorePrivilege).
        let (mode, lock) = try StorePrivilege.withStore { () throws -> (mode_t, JournalLock) in
            let mode = try StoreFolder.prepare(directory)
            return (mode, try JournalLock(file: directory.appendingPathComponent(Journal.fileName), mode: mode))
        }
        self.fileMode = mode
        self.lock = lock
        self.reader = JournalReader(lock: lock, size: try lock.currentSize())
        try StorePrivilege.withStore { try finishOpening() }
    }

    /// Opening, once the journal is locked: leftovers of interrupted imports, a torn last
    /// line, the index.
    private func finishOpening() throws {
        StagingFile.removeStale(in: directory)
        if let pending = PendingAppend.find(in: directory) { recover(pending) }
        if let torn = TailRecovery.find(in: try reader.bytes()) {
            self.torn = torn
            reader.size = torn.offset
            warnings.append(torn.readingNote(file: file))
        }
        try loadIndex()
    }

    /// How many records the journal holds.
    public var recordCount: Int { index.lineCount }

    // MARK: - Reading

    /// Every record, oldest first, each line verified.
    public func allRecords() throws -> [Record] {
        var records: [Record] = []
        records.reserveCapacity(index.lineCount)
        try reader.forEachLine(from: 0, firstLine: 1) { line, ref in
            records.append(try reader.decode(line, line: ref.line))
        }
        return records
    }

    /// The agency, person and import records, oldest first.
    public func rosterRecords() throws -> [Record] {
        // The roster's lines may be spread over the whole journal (an import puts each
        // person's line before their records): let go of the pages read for them as it goes.
        var records: [Record] = []
        records.reserveCapacity(index.roster.count)
        for (position, ref) in index.roster.enumerated() {
            records.append(try reader.record(at: ref))
            if position % 256 == 255 { reader.releaseAllPages() }
        }
        reader.releaseAllPages()
        return records
    }

    /// The records that name one of these people (other than their roster records),
    /// oldest first. Several threads may call this at once (with no append meanwhile).
    public func records(of people: Set<String>) throws -> [Record] {
        let (refs, generation) = indexLock.withLock { (index.refs(of: people), indexGeneration) }
        let records = try refs.map(reader.record(at:))
        // The index is derived data: if it ever names a line that is not about these
        // people, or lists them out of order, it is rebuilt from the journal (once, whichever
        // thread sees it first) and the read is done again.
        let single = people.count == 1 ? people.first : nil
        let truthful = zip(refs, refs.dropFirst()).allSatisfy { $0.offset < $1.offset }
            && records.allSatisfy { record in
                if let single { return record.has("person", single) }
                return record.person.map(people.contains) ?? false
            }
        guard !truthful else { return records }
        return try StorePrivilege.withStore { try rereadAfterRebuild(people, generation: generation) }
    }

    /// The read of `records(of:)` again, after the index is rebuilt (once, by whichever
    /// thread sees it first).
    private func rereadAfterRebuild(_ people: Set<String>, generation: Int) throws -> [Record] {
        try indexLock.withLock {
            if indexGeneration == generation {
                try rebuildIndex()
                indexGeneration += 1
            }
            return try index.refs(of: people).map(reader.record(at:))
        }
    }

    /// Throws away the index and makes it again from the journal alone.
    func rebuildIndex() throws {
        try StorePrivilege.withStore {
            unlink(indexFile.path)
            try loadIndex()
        }
    }

    /// The record with this id, if any.
    public func record(id: String) throws -> Record? {
        if !StorePrivilege.withStore({ index.loadIDs() }) { try rebuildIndex() }
        for ref in index.candidates(for: id) {
            let record = try reader.record(at: ref)
            if record.id == id { return record }
        }
        return nil
    }

    /// Maps the whole journal now, so that reads from several threads (with no append
    /// meanwhile) only read.
    public func prepareForConcurrentReads() throws {
        _ = try reader.bytes()
    }

    /// Lets go of the journal pages read so far (they stay in the page cache), so that a
    /// pass over a large journal does not hold all of it in memory.
    public func releasePages() {
        reader.releaseAllPages()
    }

    // MARK: - Index

    private var indexFile: URL { directory.appendingPathComponent(JournalIndex.fileName) }

    /// The checksum of up to 64 bytes before `offset`.
    func tailCheck(at offset: Int) throws -> UInt32 {
        let bytes = try reader.bytes()
        return CRC32.checksum(UnsafeRawBufferPointer(rebasing: bytes[max(0, offset - 64)..<offset]))
    }

    /// Loads the index file if it matches the journal, else starts afresh; then indexes
    /// whatever the journal holds beyond it.
    private func loadIndex() throws {
        if let loaded = JournalIndex.load(from: indexFile),
            loaded.coveredBytes <= reader.size, try tailCheck(at: loaded.coveredBytes) == loaded.tailCheck
        {
            index = loaded
        } else {
            index = JournalIndex()
            unsavedLines = Journal.saveThreshold
        }
        try indexLines(from: index.coveredBytes)
    }

    /// Indexes the journal's lines from `offset` (the end of what the index covers) to the end.
    func indexLines(from offset: Int) throws {
        try reader.forEachLine(from: offset, firstLine: index.lineCount + 1) { line, ref in
            let payload: UnsafeRawBufferPointer
            do throws(RecordLine.Problem) {
                payload = try RecordLine.payload(line)
            } catch {
                throw TrackerError.corruptJournal(path: file.path, line: ref.line, reason: JournalReader.reason(error))
            }
            let keys = RecordLine.keys(payload)
            index.add(id: keys.id, person: keys.person, isRoster: keys.isRoster, at: ref)
            unsavedLines += 1
        }
        index.coveredBytes = reader.size
        index.tailCheck = try tailCheck(at: reader.size)
        if unsavedLines >= Journal.saveThreshold { saveIndex() }
    }

    /// Writes the index file (to a temporary file, then renamed). It is derived data: if
    /// this fails or is interrupted, the next open rebuilds it.
    func saveIndex() {
        if !index.loadIDs() {
            try? rebuildIndex()
            return
        }
        index.foldRecentIDs()
        let temporary = directory.appendingPathComponent(JournalIndex.fileName + ".tmp")
        let calls = SystemCalls.current
        let fd = calls.open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | SystemCalls.storeFlags, fileMode)
        guard fd >= 0 else { return }
        fchmod(fd, fileMode)
        let written = index.write { calls.writeAll(fd, $0) } && calls.fsync(fd) == 0
        close(fd)
        // A cache: a failed write leaves the old index (or none), never a half one.
        guard written, calls.rename(temporary.path, indexFile.path) == 0 else {
            unlink(temporary.path)
            return
        }
        unsavedLines = 0
    }

    /// The index as it stands and as a rebuild from the journal alone would make it, for
    /// tests that they agree.
    func indexes() throws -> (current: JournalIndex, rebuilt: JournalIndex) {
        var rebuilt = JournalIndex()
        try reader.forEachLine(from: 0, firstLine: 1) { line, ref in
            let keys = RecordLine.keys(try RecordLine.payload(line))
            rebuilt.add(id: keys.id, person: keys.person, isRoster: keys.isRoster, at: ref)
        }
        rebuilt.coveredBytes = reader.size
        rebuilt.tailCheck = try tailCheck(at: reader.size)
        return (index, rebuilt)
    }
}
