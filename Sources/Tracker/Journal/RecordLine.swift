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
    static let backslash = UInt8(ascii: "\\")

    static func encode(_ record: Record) -> [UInt8] {
        var payload: [UInt8] = []
        payload.reserveCapacity(160)
        func field(_ text: String) {
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
        field(record.kind.rawValue)
        payload.append(tab)
        field(record.id)
        payload.append(tab)
        field(record.time)
        payload.append(tab)
        field(record.account)
        payload.append(tab)
        field(record.actor ?? "")
        for (key, value) in record.fields {
            payload.append(tab)
            field(key)
            payload.append(UInt8(ascii: "="))
            field(value)
        }
        var line = Array(hex(CRC32.checksum(payload)).utf8)
        line.append(UInt8(ascii: " "))
        line += payload
        line.append(UInt8(ascii: "\n"))
        return line
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
        var header: [String] = []
        header.reserveCapacity(5)
        var fields: [(String, String)] = []
        fields.reserveCapacity(10)
        var start = 0
        var equals = -1
        var escaped = false
        for index in 0...payload.count {
            let byte = index == payload.count ? tab : payload[index]
            if byte == tab {
                if header.count < 5 {
                    header.append(text(payload, start..<index, escaped: escaped))
                } else {
                    guard equals >= 0 else {
                        throw .malformed("field without '=': \(text(payload, start..<index, escaped: escaped))")
                    }
                    fields.append((text(payload, start..<equals, escaped: escaped), text(payload, (equals + 1)..<index, escaped: escaped)))
                }
                start = index + 1
                equals = -1
                escaped = false
            } else if byte == backslash {
                escaped = true
            } else if byte == UInt8(ascii: "="), equals < 0, header.count == 5 {
                equals = index
            }
        }
        guard header.count == 5 else { throw .malformed("expected kind, id, time, account and actor") }
        guard let kind = RecordKind(rawValue: header[0]) else { throw .malformed("unknown record kind '\(header[0])'") }
        return Record(id: header[1], kind: kind, time: header[2], account: header[3], actor: header[4].isEmpty ? nil : header[4], fields: fields)
    }

    private static func text(_ payload: UnsafeRawBufferPointer, _ range: Range<Int>, escaped: Bool) -> String {
        let bytes = UnsafeRawBufferPointer(rebasing: payload[range])
        return escaped ? unescape(bytes) : String(decoding: bytes, as: UTF8.self)
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
        let roster = kind == RecordKind.person.rawValue || kind == RecordKind.agency.rawValue || kind == RecordKind.import.rawValue
        return (id, person, roster)
    }

    private static func field(_ bytes: UnsafeRawBufferPointer) -> String {
        bytes.contains(backslash) ? unescape(bytes) : String(decoding: bytes, as: UTF8.self)
    }

    private static func unescape(_ bytes: UnsafeRawBufferPointer) -> String {
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
        return String(decoding: out, as: UTF8.self)
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
