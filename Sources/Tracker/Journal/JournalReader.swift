import Foundation

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Reads the journal's lines through a read-only mapping of the file, verifying each line's
/// checksum as it is read; a bad line is an error that names its line number.
final class JournalReader {
    let lock: JournalLock
    /// How many bytes of the file are read: everything but a torn tail.
    var size: Int
    private var mapping: UnsafeRawBufferPointer?

    init(lock: JournalLock, size: Int) {
        self.lock = lock
        self.size = size
    }

    deinit { unmap() }

    var file: URL { lock.file }

    /// The first `size` bytes (more may be mapped).
    func bytes() throws -> UnsafeRawBufferPointer {
        let all = try mapped(upTo: size)
        return UnsafeRawBufferPointer(rebasing: all[0..<size])
    }

    /// A mapping of at least `length` bytes of the file.
    func mapped(upTo length: Int) throws -> UnsafeRawBufferPointer {
        if let mapping, mapping.count >= length { return mapping }
        unmap()
        guard length > 0 else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        guard let address = mmap(nil, length, PROT_READ, MAP_SHARED, lock.descriptor, 0), address != MAP_FAILED else {
            throw TrackerError.io(path: file.path, operation: "read the journal", errno: errno)
        }
        let buffer = UnsafeRawBufferPointer(start: address, count: length)
        mapping = buffer
        return buffer
    }

    func unmap() {
        if let mapping, let base = mapping.baseAddress {
            munmap(UnsafeMutableRawPointer(mutating: base), mapping.count)
        }
        mapping = nil
    }

    /// Lets go of the whole pages between two offsets (they stay in the page cache).
    func releasePages(from start: Int, to end: Int) {
        guard let mapping, let base = mapping.baseAddress else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let first = (start + page - 1) / page * page
        let last = min(end, mapping.count) / page * page
        guard last > first else { return }
        madvise(UnsafeMutableRawPointer(mutating: base + first), last - first, Int32(MADV_DONTNEED))
    }

    /// Lets go of every page mapped.
    func releaseAllPages() {
        if let mapping { releasePages(from: 0, to: mapping.count) }
    }

    /// How many bytes a pass reads between letting go of pages.
    static let releaseStride = 16 << 20

    /// The record of the line at `ref`.
    func record(at ref: LineRef) throws -> Record {
        let bytes = try bytes()
        guard ref.offset < bytes.count, let base = bytes.baseAddress else {
            throw TrackerError.corruptJournal(path: file.path, line: ref.line, reason: "the index points past the end")
        }
        let rest = UnsafeRawBufferPointer(start: base + ref.offset, count: bytes.count - ref.offset)
        let end = memchr(base + ref.offset, Int32(UInt8(ascii: "\n")), rest.count).map { (base + ref.offset).distance(to: $0) } ?? rest.count
        let line = UnsafeRawBufferPointer(rebasing: rest[0..<end])
        if ref.line > 0 { return try decode(line, line: ref.line) }
        // A line found by id: its number is counted only if a message needs it.
        do throws(RecordLine.Problem) {
            return try RecordLine.decode(line)
        } catch {
            throw TrackerError.corruptJournal(path: file.path, line: lineNumber(at: ref.offset, in: bytes), reason: JournalReader.reason(error))
        }
    }

    func decode(_ line: UnsafeRawBufferPointer, line number: Int) throws -> Record {
        do throws(RecordLine.Problem) {
            return try RecordLine.decode(line)
        } catch {
            throw TrackerError.corruptJournal(path: file.path, line: number, reason: JournalReader.reason(error))
        }
    }

    static func reason(_ problem: RecordLine.Problem) -> String {
        switch problem {
        case .checksum: "its checksum does not match"
        case .malformed(let detail): detail
        }
    }

    /// Calls `body` for every complete line from byte `offset` (the start of line number
    /// `firstLine`) to the end, letting go of pages passed now and then.
    func forEachLine(from offset: Int, firstLine: Int, _ body: (UnsafeRawBufferPointer, LineRef) throws -> Void) throws {
        let bytes = try bytes()
        var start = offset
        var line = firstLine
        var released = offset
        while start < bytes.count {
            if start - released >= JournalReader.releaseStride {
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

    /// The number of the line starting at `offset`, counted (for messages only).
    private func lineNumber(at offset: Int, in bytes: UnsafeRawBufferPointer) -> Int {
        UnsafeRawBufferPointer(rebasing: bytes[0..<min(offset, bytes.count)]).reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }

    /// The records of the whole lines in a range of the journal.
    func records(inBytes range: Range<Int>) throws -> [Record] {
        let bytes = try bytes()
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
                throw TrackerError.corruptJournal(path: file.path, line: lineNumber(at: start, in: bytes), reason: JournalReader.reason(error))
            }
            start = end + 1
        }
        return records
    }
}
