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
    public private(set) var warnings: [String] = []
    /// The mode of the store's files: 0600, or 0660 in a store shared by a group.
    let fileMode: mode_t

    let lock: JournalLock
    let reader: JournalReader
    private var torn: TailRecovery?
    /// The length an interrupted import must be cut back to, when opening could not cut it.
    private var rollback: Int?
    var index = JournalIndex()
    /// Lines indexed since the index file was last written.
    private var unsavedLines = 0
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
    private func tailCheck(at offset: Int) throws -> UInt32 {
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
    private func indexLines(from offset: Int) throws {
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
    private func saveIndex() {
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

    // MARK: - Appending

    /// Appends records in one write, then makes them durable with fsync. A torn last line
    /// is set aside first (or the append is refused, leaving it where it is). If the write
    /// fails, the journal is cut back to where it was and the error says so.
    public func append(_ newRecords: [Record]) throws {
        try StorePrivilege.withStore { try appendLines(newRecords) }
    }

    private func appendLines(_ newRecords: [Record]) throws {
        try prepareToAppend()
        // The lines go end to end into one buffer (a large import is one write, not a copy per line).
        var bytes: [UInt8] = []
        bytes.reserveCapacity(newRecords.reduce(0) { $0 + $1.payload.count + 10 })
        var ends: [Int] = []
        ends.reserveCapacity(newRecords.count)
        for record in newRecords {
            RecordLine.encode(record, into: &bytes)
            ends.append(bytes.count)
        }
        let size = reader.size
        reader.unmap()
        try JournalAppender.append(bytes, lock: lock, size: size, directory: directory)
        var start = 0
        for (record, end) in zip(newRecords, ends) {
            index.add(id: record.id, person: record.person, isRoster: record.kind.isRoster, at: LineRef(offset: size + start, line: index.lineCount + 1))
            start = end
            unsavedLines += 1
        }
        let offset = size + bytes.count
        reader.size = offset
        index.coveredBytes = offset
        // Every line is longer than the 64 bytes checked, so the check comes from the last alone.
        if let last = ends.last {
            let lineStart = ends.count > 1 ? ends[ends.count - 2] : 0
            index.tailCheck = last - lineStart >= 64 ? CRC32.checksum(Array(bytes[(last - 64)..<last])) : try tailCheck(at: offset)
        }
        if unsavedLines >= Journal.saveThreshold { saveIndex() }
    }

    /// Before anything is appended: an interrupted import that opening could not cut off
    /// is cut off now, and a torn last line is set aside (or the append is refused).
    private func prepareToAppend() throws {
        if let rollback {
            guard lock.cut(to: rollback) else {
                throw TrackerError.appendFailed(directory: directory.path, errno: errno, cutBack: true)
            }
            _ = PendingAppend.end(directory: directory)
            self.rollback = nil
        }
        if let torn {
            let tail = Array(try reader.mapped(upTo: torn.offset + torn.length)[torn.offset..<(torn.offset + torn.length)])
            reader.unmap()
            warnings.append(try torn.setAside(tail, lock: lock, directory: directory, mode: fileMode))
            self.torn = nil
        }
    }

    /// Cuts off what an interrupted import appended (see `PendingAppend`). A marker that does
    /// not end at a line of the journal is not one of ours and is left alone.
    private func recover(_ pending: PendingAppend) {
        let size = reader.size
        var before: UInt8 = UInt8(ascii: "\n")
        guard pending.size <= size, pending.size == 0 || pread(lock.descriptor, &before, 1, off_t(pending.size - 1)) == 1,
            before == UInt8(ascii: "\n")
        else {
            warnings.append("\(PendingAppend.url(in: directory).path) does not match the journal and was ignored")
            return
        }
        guard pending.size < size else {
            _ = PendingAppend.end(directory: directory)
            return
        }
        let cut = lock.cut(to: pending.size) && PendingAppend.end(directory: directory)
        if !cut { rollback = pending.size }
        reader.size = pending.size
        warnings.append(pending.note(file: file, removed: size - pending.size, cut: cut))
    }

    /// Appends the whole lines a staging file holds so that, whatever happens (the process
    /// killed, the machine down, the disk full), the journal ends up either as it was or
    /// with every one of them: `PendingAppend` marks the append, the lines are copied and
    /// synced once, and the mark is removed. A failure cuts the journal back and says so.
    func appendStaged(_ staging: StagingFile) throws {
        try StorePrivilege.withStore { try appendWhole(staging) }
    }

    private func appendWhole(_ staging: StagingFile) throws {
        try prepareToAppend()
        reader.unmap()
        let size = reader.size
        try PendingAppend.begin(size: size, directory: directory, mode: fileMode)
        let written = (try? staging.copy(to: lock.descriptor)) != nil && SystemCalls.current.fsync(lock.descriptor) == 0
            && PendingAppend.end(directory: directory)
        guard written else {
            let code = errno
            let cut = lock.cut(to: size)
            if cut { _ = PendingAppend.end(directory: directory) }
            throw TrackerError.appendFailed(directory: directory.path, errno: code, cutBack: cut)
        }
        reader.size = size + staging.length
        try indexLines(from: size)
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
