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

    /// The keys looked up, by slot.
    @usableFromInline let wanted: [[UInt8]]
    /// Keys that are neither looked up nor counted as others.
    @usableFromInline let ignored: [[UInt8]]

    /// Keys to look up (at most `capacity`), and keys to pass over.
    public init(_ keys: [String], ignoring: [String] = []) {
        precondition(keys.count <= RecordKeys.capacity, "at most \(RecordKeys.capacity) keys")
        wanted = keys.map { Array($0.utf8) }
        ignored = ignoring.map { Array($0.utf8) }
    }

    @inlinable static func matches(_ key: [UInt8], _ bytes: UnsafeRawBufferPointer) -> Bool {
        key.count == bytes.count && key.withUnsafeBytes { memcmp($0.baseAddress!, bytes.baseAddress!, key.count) == 0 }
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
            var table = RecordFieldTable(base: bytes.baseAddress)
            if let base = bytes.baseAddress {
                var position = Int(actorEnd) + 1
                while position < bytes.count {
                    let end = Record.tabIndex(base, from: position, count: bytes.count) ?? bytes.count
                    let field = UnsafeRawBufferPointer(start: base + position, count: end - position)
                    let equals = field.firstIndex(of: Record.equals) ?? field.count
                    let key = UnsafeRawBufferPointer(start: base + position, count: equals)
                    if let slot = keys.wanted.firstIndex(where: { RecordKeys.matches($0, key) }) {
                        if table.ranges[slot] >= 0 {
                            table.others = true
                        } else {
                            table.ranges[slot] = Int64(min(position + equals + 1, end)) << 32 | Int64(end)
                        }
                    } else if !keys.ignored.contains(where: { RecordKeys.matches($0, key) }) {
                        table.others = true
                    }
                    position = end + 1
                }
            }
            return try body(table)
        }
    }
}
