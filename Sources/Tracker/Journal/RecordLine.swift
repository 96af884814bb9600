/// The journal's line format: `CRC32 payload\n`, where the payload is tab-separated
/// `kind id time account actor key=value ...` with `\\`, tab, newline and carriage return
/// escaped. The checksum (8 lower-case hex digits) covers the payload bytes.
enum RecordLine {
    /// Why a line could not be decoded.
    enum Problem: Error, Equatable {
        case checksum
        case malformed(String)
    }

    static func encode(_ record: Record) -> [UInt8] {
        var payload: [UInt8] = []
        payload.reserveCapacity(128)
        func field(_ text: String) {
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "\\"): payload += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
                case UInt8(ascii: "\t"): payload += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
                case UInt8(ascii: "\n"): payload += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                case UInt8(ascii: "\r"): payload += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
                default: payload.append(byte)
                }
            }
        }
        let tab = UInt8(ascii: "\t")
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

    /// Decodes one line without its newline.
    static func decode(_ line: ArraySlice<UInt8>) throws(Problem) -> Record {
        guard line.count > 9, line[line.startIndex + 8] == UInt8(ascii: " ") else { throw .checksum }
        let payload = line[(line.startIndex + 9)...]
        guard let stored = parseHex(line[line.startIndex..<(line.startIndex + 8)]), stored == CRC32.checksum(payload) else {
            throw .checksum
        }
        let parts = payload.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map(unescape)
        guard parts.count >= 5 else { throw .malformed("expected kind, id, time, account and actor") }
        guard let kind = RecordKind(rawValue: parts[0]) else { throw .malformed("unknown record kind '\(parts[0])'") }
        var fields: [(String, String)] = []
        for part in parts.dropFirst(5) {
            guard let equals = part.firstIndex(of: "=") else { throw .malformed("field without '=': \(part)") }
            fields.append((String(part[..<equals]), String(part[part.index(after: equals)...])))
        }
        return Record(id: parts[1], kind: kind, time: parts[2], account: parts[3], actor: parts[4].isEmpty ? nil : parts[4], fields: fields)
    }

    private static func unescape(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.contains(UInt8(ascii: "\\")) else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var escaping = false
        for byte in bytes {
            if escaping {
                switch byte {
                case UInt8(ascii: "t"): out.append(UInt8(ascii: "\t"))
                case UInt8(ascii: "n"): out.append(UInt8(ascii: "\n"))
                case UInt8(ascii: "r"): out.append(UInt8(ascii: "\r"))
                default: out.append(byte)
                }
                escaping = false
            } else if byte == UInt8(ascii: "\\") {
                escaping = true
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }

    private static func parseHex(_ bytes: ArraySlice<UInt8>) -> UInt32? {
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
