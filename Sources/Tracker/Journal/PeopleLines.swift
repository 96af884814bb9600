import Foundation

/// Where each person's lines start in the journal (every line with a `person` field that is
/// not a roster line), by person. Read from an index file, a person's offsets stay in the
/// file's bytes until they are asked for: a command about one person decodes one list, not
/// the whole agency's.
struct PeopleLines: Equatable {
    /// Lists decoded, or added since the index was read.
    private var decoded: [String: [Int]] = [:]
    /// Lists not decoded yet: where their little-endian u64 offsets are in `bytes` (the
    /// index file's front, kept as it was read: no copy).
    private var stored: [String: (start: Int, count: Int)] = [:]
    private var bytes = Data()

    init() {}

    /// The lists of an index file's bytes, each where its offsets start in `section` and
    /// how many there are.
    init(section: Data, lists: [String: (start: Int, count: Int)]) {
        bytes = section
        stored = lists
    }

    /// A person's offsets, in journal order.
    subscript(person: String) -> [Int]? {
        get {
            if let list = decoded[person] { return list }
            return stored[person].map(decode)
        }
        set {
            stored[person] = nil
            decoded[person] = newValue
        }
    }

    /// Adds a line of a person's.
    mutating func append(_ offset: Int, to person: String) {
        if let list = stored.removeValue(forKey: person) { decoded[person] = decode(list) }
        decoded[person, default: []].append(offset)
    }

    /// Every list, by person in byte order (for saving and comparing).
    func sorted() -> [(key: String, value: [Int])] {
        (Array(decoded) + stored.map { ($0.key, decode($0.value)) }).sorted { $0.key < $1.key }.map { (key: $0.0, value: $0.1) }
    }

    private func decode(_ list: (start: Int, count: Int)) -> [Int] {
        bytes.withUnsafeBytes { raw in
            [Int](unsafeUninitializedCapacity: list.count) { buffer, initialized in
                for index in 0..<list.count {
                    buffer[index] = Int(truncatingIfNeeded: raw.loadUnaligned(fromByteOffset: list.start + index * 8, as: UInt64.self).littleEndian)
                }
                initialized = list.count
            }
        }
    }

    static func == (lhs: PeopleLines, rhs: PeopleLines) -> Bool {
        lhs.sorted().elementsEqual(rhs.sorted()) { $0.key == $1.key && $0.value == $1.value }
    }
}
