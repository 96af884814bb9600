import Foundation
import PeerTrackCore

/// A derived, rebuildable index of the journal: which lines belong to which person, which
/// lines are roster lines (the agency, people, imports), and where each record id is. It
/// is never the record of anything: if it is missing, damaged or does not match the
/// journal, it is rebuilt from the journal.
struct JournalIndex: Equatable {
    static let fileName = "index.bin"
    private static let magic: [UInt8] = Array("PTIX".utf8)
    private static let version: UInt32 = 3

    /// How many journal bytes the index covers (always the end of a complete line).
    var coveredBytes = 0
    /// How many lines those bytes hold.
    var lineCount = 0
    /// The checksum of the bytes just before `coveredBytes`, to tell that the journal is
    /// the one this index was made from.
    var tailCheck: UInt32 = 0
    /// Agency, person and import lines.
    var roster: [LineRef] = []
    /// Every other line with a `person` field, by person.
    var people = PeopleLines()
    /// Record ids (hashed), sorted by hash, with where their lines start, for finding a
    /// record by id (16 bytes each: the line's number is worked out only for a message).
    var ids: [(hash: UInt64, offset: Int)] = []
    /// Ids added since the sorted table was built (kept apart until the next save).
    var recentIDs: [(hash: UInt64, offset: Int)] = []

    static func == (lhs: JournalIndex, rhs: JournalIndex) -> Bool {
        lhs.coveredBytes == rhs.coveredBytes && lhs.lineCount == rhs.lineCount && lhs.tailCheck == rhs.tailCheck
            && lhs.roster == rhs.roster && lhs.people == rhs.people
            && lhs.sortedIDs().map(\.hash) == rhs.sortedIDs().map(\.hash)
            && Set(lhs.sortedIDs().map(\.offset)) == Set(rhs.sortedIDs().map(\.offset))
    }

    /// FNV-1a, 64 bits.
    static func hash(_ id: String) -> UInt64 {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in id.utf8 {
            value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return value
    }

    /// The lines about these people, in journal order (their numbers 0: worked out only
    /// for a message, so that the table keeps 8 bytes a line).
    func refs(of people: Set<String>) -> [LineRef] {
        let offsets = people.count == 1 ? self.people[people.first!] ?? [] : people.flatMap { self.people[$0] ?? [] }.sorted()
        return offsets.map { LineRef(offset: $0, line: 0) }
    }

    /// Adds one line's keys.
    mutating func add(id: String, person: String?, isRoster: Bool, at ref: LineRef) {
        if isRoster {
            roster.append(ref)
        } else if let person {
            people.append(ref.offset, to: person)
        }
        recentIDs.append((JournalIndex.hash(id), ref.offset))
        lineCount = max(lineCount, ref.line)
    }

    /// The lines that may hold the record with this id (the id section must be loaded);
    /// their numbers are 0, unknown.
    func candidates(for id: String) -> [LineRef] {
        let hash = JournalIndex.hash(id)
        var found = recentIDs.filter { $0.hash == hash }.map { LineRef(offset: $0.offset, line: 0) }
        var low = 0
        var high = ids.count
        while low < high {
            let middle = (low + high) / 2
            if ids[middle].hash < hash { low = middle + 1 } else { high = middle }
        }
        while low < ids.count, ids[low].hash == hash {
            found.append(LineRef(offset: ids[low].offset, line: 0))
            low += 1
        }
        return found
    }

    /// All ids, sorted, with the recent ones merged in.
    func sortedIDs() -> [(hash: UInt64, offset: Int)] {
        var copy = self
        copy.foldRecentIDs()
        return copy.ids
    }

    // MARK: - File format
    //
    // "PTIX", version (3), covered bytes, line count, tail check, the length of section 1,
    // then section 1 and its check, then section 2 and its check (`IndexChecksum`, 32 bits),
    // little-endian.
    // Section 1: the roster's lines (offset u64, number u32), then each person's name and
    // the offsets (u64) of their lines. Section 2: the ids, each a hash (u64) and an offset
    // (u64), sorted by hash; it is read only when a record is looked up by id. Files of an
    // older version (1: line numbers everywhere; 2: CRC-32 checks) are not read: the index is
    // rebuilt from the journal.

    /// Moves the ids added since the last save into the sorted table (in place when the
    /// table is empty, as after a rebuild: no second copy of a million ids).
    mutating func foldRecentIDs() {
        guard !recentIDs.isEmpty else { return }
        recentIDs.sort { ($0.hash, $0.offset) < ($1.hash, $1.offset) }
        if ids.isEmpty {
            swap(&ids, &recentIDs)
            return
        }
        var merged: [(hash: UInt64, offset: Int)] = []
        merged.reserveCapacity(ids.count + recentIDs.count)
        var left = 0
        for entry in recentIDs {
            while left < ids.count, ids[left].hash <= entry.hash {
                merged.append(ids[left])
                left += 1
            }
            merged.append(entry)
        }
        merged += ids[left...]
        recentIDs = []
        ids = merged
    }

    /// The index file's bytes, whole (for tests; `write(to:)` is what saving uses).
    func serialized() -> [UInt8] {
        var index = self
        index.foldRecentIDs()
        var out: [UInt8] = []
        _ = index.write { out += $0; return true }
        return out
    }

    /// Writes the index file's bytes to `sink` a piece at a time, so that saving the
    /// index of a large journal needs no copy of it in memory; false if the sink refused a
    /// piece. The ids must be folded (`foldRecentIDs`).
    func write(to sink: @escaping (UnsafeRawBufferPointer) -> Bool) -> Bool {
        precondition(recentIDs.isEmpty, "fold the recent ids first")
        let sortedPeople = people.sorted()
        var peopleLength = 4 + roster.count * 12 + 4
        for (person, offsets) in sortedPeople { peopleLength += 4 + person.utf8.count + 4 + offsets.count * 8 }
        var out = PieceWriter(sink: sink)
        out.bytes(JournalIndex.magic)
        out.u32(Int(JournalIndex.version))
        out.u64(UInt64(coveredBytes))
        out.u64(UInt64(lineCount))
        out.u32(Int(tailCheck))
        out.u64(UInt64(peopleLength))
        out.beginSection()
        out.u32(roster.count)
        roster.forEach { out.ref($0) }
        out.u32(sortedPeople.count)
        for (person, refs) in sortedPeople {
            out.u32(person.utf8.count)
            out.bytes(Array(person.utf8))
            out.u32(refs.count)
            refs.forEach { out.u64(UInt64($0)) }
        }
        out.endSection()
        out.beginSection()
        out.u32(ids.count)
        for (hash, offset) in ids {
            out.u64(hash)
            out.u64(UInt64(offset))
        }
        out.endSection()
        return out.finish()
    }

    /// Reads an index file's bytes (the roster and people now, the ids when first needed);
    /// nil if they are not a whole, undamaged index.
    init?(serialized data: Data) {
        let header = 4 + 4 + 8 + 8 + 4 + 8
        guard data.count >= header + 8 else { return nil }
        var ok = true
        let parsed: Bool = data.withUnsafeBytes { raw in
            guard Array(raw[0..<4]) == JournalIndex.magic,
                raw.loadUnaligned(fromByteOffset: 4, as: UInt32.self).littleEndian == JournalIndex.version
            else { return false }
            coveredBytes = Int(raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self).littleEndian)
            lineCount = Int(raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self).littleEndian)
            tailCheck = raw.loadUnaligned(fromByteOffset: 24, as: UInt32.self).littleEndian
            let length = Int(raw.loadUnaligned(fromByteOffset: 28, as: UInt64.self).littleEndian)
            guard length >= 0, header + length + 4 <= raw.count else { return false }
            let section = UnsafeRawBufferPointer(rebasing: raw[header..<(header + length)])
            guard raw.loadUnaligned(fromByteOffset: header + length, as: UInt32.self).littleEndian == IndexChecksum.of(section) else {
                return false
            }
            var reader = SectionReader(bytes: section)
            let rosterCount = reader.u32()
            guard rosterCount * 12 <= section.count else { return false }
            roster = (0..<rosterCount).map { _ in reader.ref() }
            let peopleCount = reader.u32()
            var lists: [String: (start: Int, count: Int)] = [:]
            lists.reserveCapacity(min(peopleCount, section.count))
            for _ in 0..<peopleCount {
                let person = reader.string()
                let count = reader.u32()
                guard reader.ok, count >= 0, count * 8 <= section.count - reader.position else { return false }
                lists[person] = (header + reader.position, count)
                reader.skip(count * 8)
            }
            people = PeopleLines(section: data, lists: lists)
            ok = reader.ok && reader.position == section.count
            return true
        }
        guard parsed, ok else { return nil }
        let idStart = header + Int(data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 28, as: UInt64.self).littleEndian }) + 4
        // A slice shares the mapped file rather than copying it.
        pendingIDs = data[idStart..<data.count]
    }

    /// The id section of a file read whole, not decoded yet.
    var pendingIDs: Data?
    /// Where the id section of an index file is, not read yet.
    var idSection: (url: URL, offset: Int, length: Int)?

    /// The bytes before the id section: the fixed header, then section 1 and its check.
    static let headerLength = 4 + 4 + 8 + 8 + 4 + 8
}
