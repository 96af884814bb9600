import Foundation
import PeerTrackCore

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The append-only record journal of one store, held open under an exclusive lock for
/// the life of the object so that several users' commands never interleave.
///
/// Opening checks the end of the journal: a torn last line (no newline, or a bad checksum
/// on the very last line, as a crash mid-append leaves) is copied to a recovery file and
/// cut off. Reading is by index (`index.bin`, derived and rebuilt whenever it does not
/// match), so a command about one person reads that person's lines only; every line's
/// checksum is verified when it is read, and a bad line anywhere but the end stops the
/// command with an error naming it.
public final class Journal {
    /// The store folder.
    public let directory: URL
    /// The journal file.
    public let file: URL
    /// Things the user should know about, such as a torn line set aside.
    public private(set) var warnings: [String] = []

    private let descriptor: Int32
    private var size = 0
    private var index = JournalIndex()
    private var mapping: UnsafeRawBufferPointer?
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

    /// Opens (creating if needed) the store folder (0700) and its journal (0600), locks it,
    /// sets aside a torn last line and brings the index up to date.
    public init(directory: URL) throws {
        self.directory = directory
        self.file = directory.appendingPathComponent(Journal.fileName)
        try Journal.makeDirectory(directory)
        let fd = open(file.path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw TrackerError.io(path: file.path, operation: "open the journal", errno: errno) }
        descriptor = fd
        // The umask may have narrowed or widened the mode: force owner-only.
        fchmod(fd, 0o600)
        guard flock(fd, LOCK_EX) == 0 else {
            let code = errno
            close(fd)
            throw TrackerError.io(path: file.path, operation: "lock the journal", errno: code)
        }
        do {
            size = try currentSize()
            try checkEnd()
            try loadIndex()
        } catch {
            unmap()
            close(fd)
            throw error
        }
    }

    deinit {
        unmap()
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// How many records the journal holds.
    public var recordCount: Int { index.lineCount }

    // MARK: - Reading

    /// Every record, oldest first, each line verified.
    public func allRecords() throws -> [Record] {
        var records: [Record] = []
        records.reserveCapacity(index.lineCount)
        try forEachLine(from: 0, firstLine: 1) { line, ref in
            records.append(try decode(line, ref))
        }
        return records
    }

    /// Reads every record in pieces of about `chunk` bytes on every core, hands each piece's
    /// records (oldest first) to `transform`, and the results to `consume` in journal order
    /// on the calling thread: for passes over every record, such as the log.
    public func pipelineRecords<T: Sendable>(
        chunk: Int = 1 << 18, _ transform: @escaping @Sendable ([Record]) throws -> T, consume: (T) throws -> Void
    ) throws {
        let bytes = try mapped(upTo: size)
        // Pieces end at line ends.
        var starts = [0]
        while let last = starts.last, last + chunk < bytes.count {
            let rest = UnsafeRawBufferPointer(rebasing: bytes[(last + chunk)...])
            guard let newline = rest.firstIndex(of: UInt8(ascii: "\n")), last + chunk + newline + 1 < bytes.count else { break }
            starts.append(last + chunk + newline + 1)
        }
        starts.append(bytes.count)
        let pieces = starts
        let shared = Unchecked(self)
        let window = 8
        try OrderedPipeline.run(
            count: starts.count - 1, window: window,
            compute: { piece in try transform(try shared.value.records(inBytes: pieces[piece]..<pieces[piece + 1])) },
            consume: { piece, value in
                try consume(value)
                if piece % window == window - 1 { releasePages(from: 0, to: pieces[piece + 1]) }
            })
    }

    /// The records of the whole lines in a range of the journal.
    private func records(inBytes range: Range<Int>) throws -> [Record] {
        let bytes = try mapped(upTo: size)
        var records: [Record] = []
        var start = range.lowerBound
        while start < range.upperBound {
            let rest = UnsafeRawBufferPointer(rebasing: bytes[start..<range.upperBound])
            let end = rest.firstIndex(of: UInt8(ascii: "\n")).map { $0 + start } ?? range.upperBound
            let line = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
            do throws(RecordLine.Problem) {
                records.append(try RecordLine.decode(line))
            } catch {
                // Only now is the line's number worth counting.
                let number = UnsafeRawBufferPointer(rebasing: bytes[0..<start]).reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
                throw TrackerError.corruptJournal(path: file.path, line: number, reason: Journal.reason(error))
            }
            start = end + 1
        }
        return records
    }

    /// The agency, person and import records, oldest first.
    public func rosterRecords() throws -> [Record] {
        try index.roster.map(record(at:))
    }

    /// The records that name one of these people (other than their roster records),
    /// oldest first. Several threads may call this at once (with no append meanwhile).
    public func records(of people: Set<String>) throws -> [Record] {
        let (refs, generation) = indexLock.withLock { (index.refs(of: people), indexGeneration) }
        let records = try refs.map(record(at:))
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
        return try indexLock.withLock {
            if indexGeneration == generation {
                try rebuildIndex()
                indexGeneration += 1
            }
            return try index.refs(of: people).map(record(at:))
        }
    }

    /// Throws away the index and makes it again from the journal alone.
    func rebuildIndex() throws {
        try? FileManager.default.removeItem(at: indexFile)
        try loadIndex()
    }

    /// The record with this id, if any.
    public func record(id: String) throws -> Record? {
        if !index.loadIDs() { try rebuildIndex() }
        for ref in index.candidates(for: id) {
            let record = try record(at: ref)
            if record.id == id { return record }
        }
        return nil
    }

    /// Maps the whole journal now, so that reads from several threads (with no append
    /// meanwhile) only read.
    public func prepareForConcurrentReads() throws {
        _ = try mapped(upTo: size)
    }

    /// Lets go of the journal pages read so far (they stay in the page cache), so that a
    /// pass over a large journal does not hold all of it in memory.
    public func releasePages() {
        if let mapping { releasePages(from: 0, to: mapping.count) }
    }

    /// Lets go of the whole pages between two offsets.
    private func releasePages(from start: Int, to end: Int) {
        guard let mapping, let base = mapping.baseAddress else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let first = (start + page - 1) / page * page
        let last = min(end, mapping.count) / page * page
        guard last > first else { return }
        madvise(UnsafeMutableRawPointer(mutating: base + first), last - first, Int32(MADV_DONTNEED))
    }

    /// How many bytes a pass reads between letting go of pages.
    static let releaseStride = 16 << 20

    private func record(at ref: LineRef) throws -> Record {
        let bytes = try mapped(upTo: size)
        guard ref.offset < bytes.count else {
            throw TrackerError.corruptJournal(path: file.path, line: ref.line, reason: "the index points past the end")
        }
        let rest = UnsafeRawBufferPointer(rebasing: bytes[ref.offset...])
        let end = memchr(rest.baseAddress!, Int32(UInt8(ascii: "\n")), rest.count).map { rest.baseAddress!.distance(to: $0) } ?? rest.count
        return try decode(UnsafeRawBufferPointer(rebasing: rest[0..<end]), ref)
    }

    private func decode(_ line: UnsafeRawBufferPointer, _ ref: LineRef) throws -> Record {
        do throws(RecordLine.Problem) {
            return try RecordLine.decode(line)
        } catch {
            throw TrackerError.corruptJournal(path: file.path, line: ref.line, reason: Journal.reason(error))
        }
    }

    private static func reason(_ problem: RecordLine.Problem) -> String {
        switch problem {
        case .checksum: "its checksum does not match"
        case .malformed(let detail): detail
        }
    }

    /// Calls `body` for every complete line from byte `offset` (the start of line number
    /// `firstLine`) to the end.
    private func forEachLine(from offset: Int, firstLine: Int, _ body: (UnsafeRawBufferPointer, LineRef) throws -> Void) throws {
        let bytes = try mapped(upTo: size)
        var start = offset
        var line = firstLine
        var released = offset
        while start < bytes.count {
            // Let go of the pages passed, now and then, so that a pass over a large journal
            // does not hold all of it in memory (they stay in the page cache).
            if start - released >= Journal.releaseStride {
                releasePages(from: released, to: start)
                released = start
            }
            guard let end = UnsafeRawBufferPointer(rebasing: bytes[start...]).firstIndex(of: UInt8(ascii: "\n")).map({ $0 + start }) else {
                break
            }
            try body(UnsafeRawBufferPointer(rebasing: bytes[start..<end]), LineRef(offset: start, line: line))
            start = end + 1
            line += 1
        }
    }

    // MARK: - Opening

    private static func makeDirectory(_ directory: URL) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw TrackerError.invalidValue(field: .store, value: directory.path, expected: "a folder")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw TrackerError.io(path: directory.path, operation: "create the store folder", errno: EACCES)
        }
        chmod(directory.path, 0o700)
    }

    private func currentSize() throws -> Int {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw TrackerError.io(path: file.path, operation: "read the journal", errno: errno) }
        return Int(info.st_size)
    }

    private func mapped(upTo length: Int) throws -> UnsafeRawBufferPointer {
        if let mapping, mapping.count >= length { return mapping }
        unmap()
        guard length > 0 else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        guard let address = mmap(nil, length, PROT_READ, MAP_SHARED, descriptor, 0), address != MAP_FAILED else {
            throw TrackerError.io(path: file.path, operation: "read the journal", errno: errno)
        }
        let buffer = UnsafeRawBufferPointer(start: address, count: length)
        mapping = buffer
        return buffer
    }

    private func unmap() {
        if let mapping, let base = mapping.baseAddress {
            munmap(UnsafeMutableRawPointer(mutating: base), mapping.count)
        }
        mapping = nil
    }

    /// Sets aside a torn last line: bytes after the last newline, or a last complete line
    /// whose checksum does not match.
    private func checkEnd() throws {
        guard size > 0 else { return }
        let bytes = try mapped(upTo: size)
        let lastNewline = bytes.lastIndex(of: UInt8(ascii: "\n"))
        if lastNewline != size - 1 {
            try setAside(from: lastNewline.map { $0 + 1 } ?? 0, reason: "it has no end of line")
            return
        }
        let previous = UnsafeRawBufferPointer(rebasing: bytes[0..<(size - 1)]).lastIndex(of: UInt8(ascii: "\n"))
        let start = previous.map { $0 + 1 } ?? 0
        do throws(RecordLine.Problem) {
            _ = try RecordLine.decode(UnsafeRawBufferPointer(rebasing: bytes[start..<(size - 1)]))
        } catch {
            try setAside(from: start, reason: Journal.reason(error))
        }
    }

    /// Copies the torn tail to a recovery file, then cuts it off the journal.
    private func setAside(from offset: Int, reason: String) throws {
        let tail = Array(try mapped(upTo: size)[offset..<size])
        let stamp = Int(Date().timeIntervalSince1970)
        let recovery = directory.appendingPathComponent("recovered-\(stamp)-at\(offset).log")
        let fd = open(recovery.path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw TrackerError.io(path: recovery.path, operation: "create the recovery file", errno: errno) }
        fchmod(fd, 0o600)
        let written = tail.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        let synced = fsync(fd)
        close(fd)
        guard written == tail.count, synced == 0 else {
            throw TrackerError.io(path: recovery.path, operation: "write the recovery file", errno: errno)
        }
        unmap()
        guard ftruncate(descriptor, off_t(offset)) == 0, fsync(descriptor) == 0 else {
            throw TrackerError.io(path: file.path, operation: "cut the torn last line", errno: errno)
        }
        size = offset
        warnings.append(
            "\(file.path): the last line was incomplete (\(reason)), probably from an interrupted command; its \(tail.count) bytes were moved to \(recovery.path)")
    }

    private var indexFile: URL { directory.appendingPathComponent(JournalIndex.fileName) }

    /// The checksum of up to 64 bytes before `offset`.
    private func tailCheck(at offset: Int) throws -> UInt32 {
        let bytes = try mapped(upTo: size)
        return CRC32.checksum(UnsafeRawBufferPointer(rebasing: bytes[max(0, offset - 64)..<offset]))
    }

    /// Loads the index file if it matches the journal, else starts afresh; then indexes
    /// whatever the journal holds beyond it.
    private func loadIndex() throws {
        if let data = try? Data(contentsOf: indexFile, options: .alwaysMapped), let loaded = JournalIndex(serialized: data),
            loaded.coveredBytes <= size, try tailCheck(at: loaded.coveredBytes) == loaded.tailCheck
        {
            index = loaded
        } else {
            index = JournalIndex()
            unsavedLines = Journal.saveThreshold
        }
        try forEachLine(from: index.coveredBytes, firstLine: index.lineCount + 1) { line, ref in
            let payload: UnsafeRawBufferPointer
            do throws(RecordLine.Problem) {
                payload = try RecordLine.payload(line)
            } catch {
                throw TrackerError.corruptJournal(path: file.path, line: ref.line, reason: Journal.reason(error))
            }
            let keys = RecordLine.keys(payload)
            index.add(id: keys.id, person: keys.person, isRoster: keys.isRoster, at: ref)
            unsavedLines += 1
        }
        index.coveredBytes = size
        index.tailCheck = try tailCheck(at: size)
        if unsavedLines >= Journal.saveThreshold { saveIndex() }
    }

    /// Writes the index file (to a temporary file, then renamed). It is derived data: if
    /// this fails or is interrupted, the next open rebuilds it.
    private func saveIndex() {
        if !index.loadIDs() {
            try? rebuildIndex()
            return
        }
        var sorted = index
        let ids = index.sortedIDs()
        sorted.idHashes = ids.map(\.hash)
        sorted.idRefs = ids.map(\.ref)
        sorted.recentIDs = []
        let temporary = directory.appendingPathComponent(JournalIndex.fileName + ".tmp")
        let bytes = sorted.serialized()
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == bytes.count, rename(temporary.path, indexFile.path) == 0 else { return }
        index = sorted
        unsavedLines = 0
    }

    // MARK: - Appending

    /// Appends records, one write each, then makes them durable with fsync. Throws (and the
    /// command must fail) if any write or the fsync fails.
    public func append(_ newRecords: [Record]) throws {
        for record in newRecords {
            let line = RecordLine.encode(record)
            var offset = 0
            while offset < line.count {
                let count = line.withUnsafeBytes { bytes in
                    bytes.baseAddress.map { write(descriptor, $0 + offset, bytes.count - offset) } ?? -1
                }
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { throw TrackerError.io(path: file.path, operation: "append to the journal", errno: errno) }
                offset += count
            }
            let isRoster = record.kind == .person || record.kind == .agency || record.kind == .import
            index.add(id: record.id, person: record.person, isRoster: isRoster, at: LineRef(offset: size, line: index.lineCount + 1))
            size += line.count
            unsavedLines += 1
            index.coveredBytes = size
            // Every line is longer than the 64 bytes checked, so the check comes from it alone.
            index.tailCheck = line.count >= 64 ? CRC32.checksum(Array(line.suffix(64))) : try tailCheck(at: size)
        }
        guard fsync(descriptor) == 0 else {
            throw TrackerError.io(path: file.path, operation: "flush the journal to disk (fsync)", errno: errno)
        }
        if unsavedLines >= Journal.saveThreshold { saveIndex() }
    }

    /// The index as it stands and as a rebuild from the journal alone would make it, for
    /// tests that they agree.
    func indexes() throws -> (current: JournalIndex, rebuilt: JournalIndex) {
        var rebuilt = JournalIndex()
        try forEachLine(from: 0, firstLine: 1) { line, ref in
            let keys = RecordLine.keys(try RecordLine.payload(line))
            rebuilt.add(id: keys.id, person: keys.person, isRoster: keys.isRoster, at: ref)
        }
        rebuilt.coveredBytes = size
        rebuilt.tailCheck = try tailCheck(at: size)
        return (index, rebuilt)
    }
}
