import Foundation
import PeerTrackCore

/// Reading an index file: its roster and people at once, its id section when first needed.
extension JournalIndex {
    /// Reads an index file's roster and people now, and leaves its id section in the file
    /// until a record is looked up by id; nil if the file is missing, short or damaged.
    static func load(from url: URL) -> JournalIndex? {
        let descriptor = open(url.path, O_RDONLY | SystemCalls.storeFlags)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        let size = Int(info.st_size)
        // Two reads: the header, then the header again with the roster and people after it,
        // into one buffer (a buffered handle would read them 4 KiB at a time).
        guard size >= headerLength, let header = readExactly(descriptor, count: headerLength, at: 0) else { return nil }
        let length = header.withUnsafeBytes { Int($0.loadUnaligned(fromByteOffset: 28, as: UInt64.self).littleEndian) }
        guard length >= 0, headerLength + length + 4 <= size,
            let front = readExactly(descriptor, count: headerLength + length + 4, at: 0),
            var index = JournalIndex(serialized: front)
        else { return nil }
        index.pendingIDs = nil
        index.idSection = (url, headerLength + length + 4, size - (headerLength + length + 4))
        return index
    }

    /// `count` bytes of a file from `offset`, or nil if it ends first or cannot be read.
    private static func readExactly(_ descriptor: Int32, count: Int, at offset: Int) -> Data? {
        var data = Data(count: count)
        var done = 0
        while done < count {
            let read = data.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return pread(descriptor, base + done, count - done, off_t(offset + done))
            }
            if read < 0, errno == EINTR { continue }
            guard read > 0 else { return nil }
            done += read
        }
        return data
    }

    /// Reads the id section if it has not been read; false if it is damaged. It is read a
    /// piece at a time, so the file's bytes are never in memory beside the table made of them.
    mutating func loadIDs() -> Bool {
        if let data = pendingIDs {
            pendingIDs = nil
            return data.withUnsafeBytes { raw in
                decodeIDs(length: raw.count) { offset, buffer in
                    buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + buffer.count)]))
                    return true
                }
            }
        }
        guard let section = idSection else { return true }
        idSection = nil
        let fd = open(section.url.path, O_RDONLY | SystemCalls.storeFlags)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return decodeIDs(length: section.length) { offset, buffer in
            pread(fd, buffer.baseAddress, buffer.count, off_t(section.offset + offset)) == buffer.count
        }
    }

    /// Decodes an id section of `length` bytes (a count, 16 bytes per id, the check of both)
    /// read through `read(offset, into)`.
    private mutating func decodeIDs(length: Int, read: (Int, UnsafeMutableRawBufferPointer) -> Bool) -> Bool {
        guard length >= 8 else { return false }
        let body = length - 4
        var word = [UInt8](repeating: 0, count: 4)
        guard word.withUnsafeMutableBytes({ read(0, $0) }) else { return false }
        let count = word.withUnsafeBytes { Int($0.loadUnaligned(as: UInt32.self).littleEndian) }
        guard 4 + count * 16 == body else { return false }
        var sum = IndexChecksum()
        word.withUnsafeBytes { sum.add($0) }
        ids.reserveCapacity(count)
        var piece = [UInt8](repeating: 0, count: 1 << 20)
        var offset = 4
        while offset < body {
            let size = min(piece.count, body - offset)
            let ok = piece.withUnsafeMutableBytes { buffer -> Bool in
                let part = UnsafeMutableRawBufferPointer(rebasing: buffer[0..<size])
                guard read(offset, part) else { return false }
                sum.add(UnsafeRawBufferPointer(part))
                for entry in stride(from: 0, to: size, by: 16) {
                    let hash = part.loadUnaligned(fromByteOffset: entry, as: UInt64.self).littleEndian
                    let start = Int(part.loadUnaligned(fromByteOffset: entry + 8, as: UInt64.self).littleEndian)
                    ids.append((hash, start))
                }
                return true
            }
            guard ok else { ids = []; return false }
            offset += size
        }
        guard word.withUnsafeMutableBytes({ read(body, $0) }),
            word.withUnsafeBytes({ $0.loadUnaligned(as: UInt32.self).littleEndian }) == sum.value
        else {
            ids = []
            return false
        }
        return true
    }

    init() {}
}
