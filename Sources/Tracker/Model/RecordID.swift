/// A record id as a dictionary key that costs no allocation: ids of up to 16 bytes (every
/// id PeerTrack makes) are held in two words; longer ones (imported from elsewhere) as text.
public struct RecordID: Hashable, Sendable {
    @usableFromInline let low: UInt64
    @usableFromInline let high: UInt64
    @usableFromInline let count: Int
    @usableFromInline let long: String?

    /// The key of an id.
    public init(_ id: String) {
        var id = id
        self = id.withUTF8 { RecordID(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// The key of an id's UTF-8 bytes.
    @inlinable public init(bytes: UnsafeRawBufferPointer) {
        count = bytes.count
        guard bytes.count <= 16 else {
            low = 0
            high = 0
            long = String(decoding: bytes, as: UTF8.self)
            return
        }
        var words: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: bytes) }
        low = words.0
        high = words.1
        long = nil
    }

    @inlinable public func hash(into hasher: inout Hasher) {
        // Two words say it all for short ids; the length and the text settle ties in `==`.
        if let long {
            hasher.combine(long)
        } else {
            hasher.combine(low)
            hasher.combine(high)
        }
    }
}

extension Record {
    /// The record's id as a key.
    @inlinable public var key: RecordID {
        withBytes(of: .id) { RecordID(bytes: $0) }
    }

    /// A field's value as a record id key (the `target` of a void or verify).
    @inlinable public func key(of field: String) -> RecordID? {
        withBytes(of: field) { $0.map { RecordID(bytes: $0) } }
    }
}
