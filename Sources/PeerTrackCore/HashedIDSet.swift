/// A set of ids kept as 64-bit hashes in one open-addressed table, for telling whether an
/// id was seen before in a pass over millions of them: it holds no strings, and its table
/// is kept between 3/8 and 3/4 full, so it costs at most `maxBytesPerID` bytes per id
/// (plus the first, small table).
///
/// A hash can be shared by two different ids (for a million ids, about one chance in
/// 36 million with Swift's 64-bit SipHash, seeded afresh in each process), so an id found
/// here was *probably* seen: a caller that refuses on a repeat confirms it against the
/// ids themselves first.
public struct HashedIDSet: Sendable {
    /// The most bytes the table holds per id once it has grown past its first size.
    public static let maxBytesPerID = 22
    /// The slots a new set starts with.
    public static let initialCapacity = 1024

    private var slots: [UInt64]
    private var mask: Int

    /// How many distinct hashes the set holds.
    public private(set) var count = 0

    /// An empty set.
    public init() {
        slots = [UInt64](repeating: 0, count: HashedIDSet.initialCapacity)
        mask = HashedIDSet.initialCapacity - 1
    }

    /// The bytes the table takes.
    public var memoryBytes: Int { slots.count * MemoryLayout<UInt64>.stride }

    /// Adds an id; false if its hash was there already (the id was probably seen before).
    @discardableResult
    public mutating func insert(_ id: String) -> Bool {
        insert(hash: HashedIDSet.hash(id))
    }

    /// Whether the id's hash is in the set.
    public func contains(_ id: String) -> Bool {
        slot(of: HashedIDSet.hash(id)).present
    }

    /// The slot holding `hash`, or the empty one where it would go.
    private func slot(of hash: UInt64) -> (index: Int, present: Bool) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            if slots[slot] == hash { return (slot, true) }
            slot = (slot + 1) & mask
        }
        return (slot, false)
    }

    /// An id's 64-bit hash, never 0 (0 marks an empty slot).
    static func hash(_ id: String) -> UInt64 {
        let value = UInt64(bitPattern: Int64(id.hashValue))
        return value == 0 ? 1 : value
    }

    private mutating func insert(hash: UInt64) -> Bool {
        let (slot, present) = slot(of: hash)
        if present { return false }
        slots[slot] = hash
        count += 1
        if count * 4 > slots.count * 3 { grow() }
        return true
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        mask = slots.count - 1
        for hash in old where hash != 0 {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = hash
        }
    }
}
