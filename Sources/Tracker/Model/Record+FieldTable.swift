#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A fixed list of field keys that records are looked up against in one pass (see
/// `Record.withFields(_:_:)`), for writers that go through many records of one kind.
public struct RecordKeys: Sendable {
    /// The most keys a list can hold.
    public static let capacity = 16

    /// The keys looked up (by slot), then the keys passed over, end to end.
    @usableFromInline let bytes: [UInt8]
    /// Where each key starts in `bytes`, and where the last ends.
    @usableFromInline let starts: [Int]
    /// How many keys are looked up (the rest are passed over).
    @usableFromInline let wanted: Int

    /// Keys to look up (at most `capacity`), and keys to pass over.
    public init(_ keys: [String], ignoring: [String] = []) {
        precondition(keys.count <= RecordKeys.capacity, "at most \(RecordKeys.capacity) keys")
        var bytes: [UInt8] = []
        var starts: [Int] = []
        for key in keys + ignoring {
            starts.append(bytes.count)
            bytes += key.utf8
        }
        starts.append(bytes.count)
        self.bytes = bytes
        self.starts = starts
        self.wanted = keys.count
    }

    /// The slot of a key (a position of `ignoring` counts on from the wanted keys), or nil.
    @inlinable func slot(of key: UnsafeRawBufferPointer, in all: UnsafeRawBufferPointer, starts: UnsafeBufferPointer<Int>) -> Int? {
        for slot in 0..<(starts.count - 1) {
            let start = starts[slot]
            guard starts[slot + 1] - start == key.count else { continue }
            if key.isEmpty || memcmp(all.baseAddress! + start, key.baseAddress!, key.count) == 0 { return slot }
        }
        return nil
    }
}

/// Where each of a list of keys' values sits in one record: the first value of each key,
/// and whether the record holds anything else (another key, or a key a second time).
/// Valid only inside the `Record.withFields(_:_:)` call that made it.
public struct RecordFieldTable {
    @usableFromInline let base: UnsafeRawPointer?
    /// Each slot's value as start << 32 | end, or -1.
    @usableFromInline var ranges = InlineArray<16, Int64>(repeating: -1)
    /// Whether the record has fields other than one value for each wanted key.
    public var hasOthers: Bool { others }
    @usableFromInline var others = false

    @usableFromInline init(base: UnsafeRawPointer?) {
        self.base = base
    }

    /// The escaped bytes of the value in a slot (`Record.withPlain` reads them), if the
    /// record has that field.
    @inlinable public func value(_ slot: Int) -> UnsafeRawBufferPointer? {
        let range = ranges[slot]
        guard range >= 0, let base else { return nil }
        let start = Int(range >> 32)
        return UnsafeRawBufferPointer(start: base + start, count: Int(range & 0xFFFF_FFFF) - start)
    }
}

extension Record {
    /// Looks the record's fields up against `keys` in one pass and hands `body` the table.
    @inlinable
    public func withFields<R>(_ keys: RecordKeys, _ body: (RecordFieldTable) throws -> R) rethrows -> R {
        try payload.withUnsafeBytes { bytes in
            try keys.bytes.withUnsafeBytes { all in
                try keys.starts.withUnsafeBufferPointer { starts in
                    var table = RecordFieldTable(base: bytes.baseAddress)
                    if let base = bytes.baseAddress {
                        var position = Int(actorEnd) + 1
                        while position < bytes.count {
                            let end = Record.tabIndex(base, from: position, count: bytes.count) ?? bytes.count
                            let equals = memchr(base + position, Int32(Record.equals), end - position).map { base.distance(to: $0) } ?? end
                            let key = UnsafeRawBufferPointer(start: base + position, count: equals - position)
                            if let slot = keys.slot(of: key, in: all, starts: starts) {
                                if slot >= keys.wanted {
                                    // passed over
                                } else if table.ranges[slot] >= 0 {
                                    table.others = true
                                } else {
                                    table.ranges[slot] = Int64(min(equals + 1, end)) << 32 | Int64(end)
                                }
                            } else {
                                table.others = true
                            }
                            position = end + 1
                        }
                    }
                    return try body(table)
                }
            }
        }
    }
}
