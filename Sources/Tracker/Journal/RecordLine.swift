import PeerTrackCore

/// The journal's line format: `CRC32 payload\n`, where the payload is tab-separated
/// `kind id time account actor key=value ...` with `\\`, tab, newline and carriage return
/// escaped. The checksum (8 lower-case hex digits) covers the payload bytes.
enum RecordLine {
    /// Why a line could not be decoded.
    enum Problem: Error, Equatable {
        case checksum
        case malformed(String)
    }

    static let tab = UInt8(ascii: "\t")

    static func encode(_ record: Record) -> [UInt8] {
        var line: [UInt8] = []
        line.reserveCapacity(record.payload.count + 10)
        encode(record, into: &line)
        return line
    }

    /// Appends a record's line to `bytes`.
    static func encode(_ record: Record, into bytes: inout [UInt8]) {
        bytes += hex(CRC32.checksum(record.payload)).utf8
        bytes.append(UInt8(ascii: " "))
        bytes += record.payload
        bytes.append(UInt8(ascii: "\n"))
    }

    /// Checks a line's checksum (the line without its newline) and returns its payload.
    static func payload(_ line: UnsafeRawBufferPointer) throws(Problem) -> UnsafeRawBufferPointer {
        guard line.count > 9, line[8] == UInt8(ascii: " ") else { throw .checksum }
        let payload = UnsafeRawBufferPointer(rebasing: line[9...])
        guard let stored = parseHex(UnsafeRawBufferPointer(rebasing: line[0..<8])), stored == CRC32.checksum(payload) else {
            throw .checksum
        }
        return payload
    }

    /// Decodes one line without its newline.
    static func decode(_ line: UnsafeRawBufferPointer) throws(Problem) -> Record {
        let payload = try payload(line)
        do throws(Record.Problem) {
            return try Record(payload: payload)
        } catch {
            switch error {
            case .malformed(let detail): throw .malformed(detail)
            }
        }
    }

    /// The second field (the record id) and the value of the `person` field of a payload,
    /// without decoding the rest: what the index needs.
    static func keys(_ payload: UnsafeRawBufferPointer) -> (id: String, person: String?, isRoster: Bool) {
        var tabs: [Int] = []
        var index = 0
        while index < payload.count, tabs.count < 5 {
            if payload[index] == tab { tabs.append(index) }
            index += 1
        }
        let kindEnd = tabs.first ?? payload.count
        let kind = String(decoding: UnsafeRawBufferPointer(rebasing: payload[0..<kindEnd]), as: UTF8.self)
        let id = tabs.count >= 2 ? field(UnsafeRawBufferPointer(rebasing: payload[(tabs[0] + 1)..<tabs[1]])) : ""
        var person: String?
        let marker = Array("\tperson=".utf8)
        var position = tabs.count >= 5 ? tabs[4] : payload.count
        search: while position + marker.count <= payload.count {
            for offset in 0..<marker.count where payload[position + offset] != marker[offset] {
                position += 1
                while position < payload.count, payload[position] != tab { position += 1 }
                continue search
            }
            var end = position + marker.count
            while end < payload.count, payload[end] != tab { end += 1 }
            person = field(UnsafeRawBufferPointer(rebasing: payload[(position + marker.count)..<end]))
            break
        }
        let roster = RecordKind(rawValue: kind)?.isRoster ?? false
        return (id, person, roster)
    }

    private static func field(_ bytes: UnsafeRawBufferPointer) -> String {
        Record.text(bytes)
    }

    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }

    static func parseHex(_ bytes: UnsafeRawBufferPointer) -> UInt32? {
        var value: UInt32 = 0
        for byte in bytes {
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            default: return nil
            }
            value = value << 4 | digit
        }
        return value
    }
}
