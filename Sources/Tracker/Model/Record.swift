#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// One line of the journal: an immutable fact with who wrote it and when.
///
/// A record keeps the bytes the journal stores (`kind id time account actor key=value ...`,
/// tab-separated, with `\`, tab, newline and carriage return escaped) in one buffer, and
/// reads a field only when it is asked for: copying a record is one reference count, and
/// reading a journal line into a record is one allocation.
public struct Record: Sendable {
    /// What happened.
    public let kind: RecordKind
    /// The payload as the journal stores it.
    @usableFromInline let payload: [UInt8]
    /// Where the id, time, account and actor end, and where the fields start.
    @usableFromInline let idEnd: Int32
    @usableFromInline let timeEnd: Int32
    @usableFromInline let accountEnd: Int32
    @usableFromInline let actorEnd: Int32

    @usableFromInline static let tab = UInt8(ascii: "\t")
    @usableFromInline static let backslash = UInt8(ascii: "\\")
    @usableFromInline static let equals = UInt8(ascii: "=")

    /// Makes a record.
    public init(id: String, kind: RecordKind, time: String, account: String, actor: String?, fields: [(String, String)]) {
        var payload: [UInt8] = []
        payload.reserveCapacity(160)
        Record.append(kind.rawValue, to: &payload)
        payload.append(Record.tab)
        Record.append(id, to: &payload)
        let idEnd = payload.count
        payload.append(Record.tab)
        Record.append(time, to: &payload)
        let timeEnd = payload.count
        payload.append(Record.tab)
        Record.append(account, to: &payload)
        let accountEnd = payload.count
        payload.append(Record.tab)
        Record.append(actor ?? "", to: &payload)
        let actorEnd = payload.count
        for (key, value) in fields {
            payload.append(Record.tab)
            Record.append(key, to: &payload)
            payload.append(Record.equals)
            Record.append(value, to: &payload)
        }
        self.kind = kind
        self.payload = payload
        self.idEnd = Int32(idEnd)
        self.timeEnd = Int32(timeEnd)
        self.accountEnd = Int32(accountEnd)
        self.actorEnd = Int32(actorEnd)
    }

    /// Why a payload is not a record.
    enum Problem: Error, Equatable {
        case malformed(String)
    }

    /// Reads a record from a journal payload, checking its shape (the values are read when
    /// asked for).
    init(payload bytes: UnsafeRawBufferPointer) throws(Problem) {
        guard let base = bytes.baseAddress, bytes.count < Int32.max else { throw .malformed("expected kind, id, time, account and actor") }
        var ends: (Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0)
        var position = 0
        for field in 0..<5 {
            let end = Record.tabIndex(base, from: position, count: bytes.count) ?? bytes.count
            if field < 4, end == bytes.count { throw .malformed("expected kind, id, time, account and actor") }
            switch field {
            case 0: ends.0 = end
            case 1: ends.1 = end
            case 2: ends.2 = end
            case 3: ends.3 = end
            default: ends.4 = end
            }
            position = end + 1
        }
        guard let kind = RecordKind(bytes: UnsafeRawBufferPointer(rebasing: bytes[0..<ends.0])) else {
            throw .malformed("unknown record kind '\(String(decoding: bytes[0..<ends.0], as: UTF8.self))'")
        }
        // Every field after the actor is `key=value`.
        var more = ends.4 < bytes.count
        while more {
            let end = Record.tabIndex(base, from: position, count: bytes.count) ?? bytes.count
            guard memchr(base + position, Int32(Record.equals), end - position) != nil else {
                throw .malformed("field without '=': \(Record.text(UnsafeRawBufferPointer(rebasing: bytes[position..<end])))")
            }
            more = end < bytes.count
            position = end + 1
        }
        self.kind = kind
        self.payload = Array(bytes)
        self.idEnd = Int32(ends.1)
        self.timeEnd = Int32(ends.2)
        self.accountEnd = Int32(ends.3)
        self.actorEnd = Int32(ends.4)
    }

    /// Unique id (16 hex digits); imported records keep the id they were given.
    public var id: String { text(of: .id) }
    /// When it was written, `YYYY-MM-DDTHH:MM:SSZ`.
    public var time: String { text(of: .time) }
    /// The operating-system account that wrote it.
    public var account: String { text(of: .account) }
    /// The roster person acting, if known.
    public var actor: String? {
        actorEnd == accountEnd + 1 ? nil : text(of: .actor)
    }

    /// The record's fields in a fixed order.
    public var fields: [(key: String, value: String)] {
        var fields: [(key: String, value: String)] = []
        forEachField { key, value in fields.append((Record.text(key), Record.text(value))) }
        return fields
    }

    /// The value of a field (the first, if a key is repeated). Outside Tracker, records are
    /// read through their typed views (`CERecord`, `Award`, ...).
    subscript(_ key: String) -> String? {
        withValue(key) { $0.map(Record.text) }
    }

    /// Calls `body` with the escaped bytes of a field's value, or nil if the record has no
    /// such field.
    @inlinable func withValue<R>(_ key: String, _ body: (UnsafeRawBufferPointer?) throws -> R) rethrows -> R {
        var key = key
        return try key.withUTF8 { key in
            try payload.withUnsafeBytes { bytes in
                guard let base = bytes.baseAddress else { return try body(nil) }
                var position = Int(actorEnd) + 1
                while position < bytes.count {
                    let end = Record.tabIndex(base, from: position, count: bytes.count) ?? bytes.count
                    if end - position > key.count, bytes[position + key.count] == Record.equals,
                        memcmp(base + position, key.baseAddress!, key.count) == 0
                    {
                        return try body(UnsafeRawBufferPointer(rebasing: bytes[(position + key.count + 1)..<end]))
                    }
                    position = end + 1
                }
                return try body(nil)
            }
        }
    }

    /// Calls `body` with each field's key and value, escaped as the journal stores them
    /// (`Record.text` reads them), in order.
    @inlinable
    public func forEachField(_ body: (_ key: UnsafeRawBufferPointer, _ value: UnsafeRawBufferPointer) throws -> Void) rethrows {
        try payload.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress else { return }
            var position = Int(actorEnd) + 1
            while position < bytes.count {
                let end = Record.tabIndex(base, from: position, count: bytes.count) ?? bytes.count
                let field = UnsafeRawBufferPointer(rebasing: bytes[position..<end])
                let equals = field.firstIndex(of: Record.equals) ?? field.count
                try body(
                    UnsafeRawBufferPointer(rebasing: field[0..<equals]),
                    UnsafeRawBufferPointer(rebasing: field[min(equals + 1, field.count)...]))
                position = end + 1
            }
        }
    }

    /// A part of every record's header.
    public enum HeaderPart: Sendable {
        case id, time, account, actor
    }

    /// Calls `body` with the UTF-8 bytes of a header part (empty for a record with no
    /// actor), for writers that copy values out without making strings.
    @inlinable
    public func withBytes<R>(of part: HeaderPart, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        let range = range(of: part)
        return try payload.withUnsafeBytes { try Record.withPlain(UnsafeRawBufferPointer(rebasing: $0[range]), body) }
    }

    /// Where a header part's escaped bytes are in the payload.
    @inlinable func range(of part: HeaderPart) -> Range<Int> {
        switch part {
        case .id: (kind.rawValue.utf8.count + 1)..<Int(idEnd)
        case .time: Int(idEnd + 1)..<Int(timeEnd)
        case .account: Int(timeEnd + 1)..<Int(accountEnd)
        case .actor: Int(accountEnd + 1)..<Int(actorEnd)
        }
    }

    /// Calls `body` with the UTF-8 bytes of a field's value (the first, if a key is
    /// repeated), or nil if the record has no such field.
    @inlinable
    public func withBytes<R>(of key: String, _ body: (UnsafeRawBufferPointer?) throws -> R) rethrows -> R {
        try withValue(key) { escaped in
            guard let escaped else { return try body(nil) }
            return try Record.withPlain(escaped, body)
        }
    }

    /// Calls `body` with escaped bytes made plain.
    @inlinable
    public static func withPlain<R>(_ escaped: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        guard let base = escaped.baseAddress, memchr(base, Int32(backslash), escaped.count) != nil else { return try body(escaped) }
        return try unescaped(escaped).withUnsafeBytes(body)
    }

    /// Whether the record has a field with this key and exactly this value.
    public func has(_ key: String, _ value: String) -> Bool {
        var value = value
        return withValue(key) { stored in
            guard let stored else { return false }
            return value.withUTF8 { wanted in
                stored.count == wanted.count && (wanted.isEmpty || memcmp(stored.baseAddress!, wanted.baseAddress!, wanted.count) == 0)
            }
        }
    }

    /// The text of escaped field bytes.
    public static func text(_ bytes: UnsafeRawBufferPointer) -> String {
        guard let base = bytes.baseAddress, memchr(base, Int32(backslash), bytes.count) != nil else {
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(decoding: unescaped(bytes), as: UTF8.self)
    }

    /// Escaped field bytes made plain.
    @inlinable
    public static func unescaped(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var escaping = false
        for byte in bytes {
            if escaping {
                switch byte {
                case UInt8(ascii: "t"): out.append(tab)
                case UInt8(ascii: "n"): out.append(UInt8(ascii: "\n"))
                case UInt8(ascii: "r"): out.append(UInt8(ascii: "\r"))
                default: out.append(byte)
                }
                escaping = false
            } else if byte == backslash {
                escaping = true
            } else {
                out.append(byte)
            }
        }
        return out
    }

    private func text(of part: HeaderPart) -> String {
        let range = range(of: part)
        return payload.withUnsafeBytes { Record.text(UnsafeRawBufferPointer(rebasing: $0[range])) }
    }

    @inlinable static func tabIndex(_ base: UnsafeRawPointer, from start: Int, count: Int) -> Int? {
        guard start < count, let found = memchr(base + start, Int32(tab), count - start) else { return nil }
        return base.distance(to: UnsafeRawPointer(found))
    }

    private static func append(_ text: String, to payload: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case backslash: payload += [backslash, backslash]
            case tab: payload += [backslash, UInt8(ascii: "t")]
            case UInt8(ascii: "\n"): payload += [backslash, UInt8(ascii: "n")]
            case UInt8(ascii: "\r"): payload += [backslash, UInt8(ascii: "r")]
            default: payload.append(byte)
            }
        }
    }
}

extension Record: Equatable {
    public static func == (lhs: Record, rhs: Record) -> Bool {
        if lhs.kind != rhs.kind { return false }
        if lhs.payload == rhs.payload { return true }
        // The same values can be spelled two ways only by a hand-edited journal.
        return lhs.id == rhs.id && lhs.time == rhs.time && lhs.account == rhs.account && lhs.actor == rhs.actor
            && lhs.fields.map(\.key) == rhs.fields.map(\.key) && lhs.fields.map(\.value) == rhs.fields.map(\.value)
    }

    /// The same fact with the provenance stripped: for telling whether an imported record
    /// is the one already stored.
    public func sameContent(as other: Record) -> Bool {
        let ignored: Set<String> = ["origin"]
        return id == other.id && kind == other.kind && time == other.time && actor == other.actor
            && fields.filter { !ignored.contains($0.key) }.map { "\($0.key)=\($0.value)" }
                == other.fields.filter { !ignored.contains($0.key) }.map { "\($0.key)=\($0.value)" }
    }
}
