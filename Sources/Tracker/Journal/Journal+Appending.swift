import Foundation
import PeerTrackCore

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Appending to the journal: one write and one fsync for a command's records, the
/// all-or-nothing append of an import's staging file, and the clean-up of an append that
/// was interrupted.
extension Journal {
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
    func recover(_ pending: PendingAppend) {
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
}
