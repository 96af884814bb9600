/// Writes JSON from dictionaries, arrays, strings, numbers and booleans, with keys in byte
/// order and two-space indentation: the same bytes for the same value, and fast enough
/// for a statewide roster (Foundation's sorted output goes through locale collation).
package enum JSONText {
    package static func encode(_ value: Any) -> String {
        var out = ""
        write(value, into: &out, indent: 0)
        return out
    }

    /// Writes a JSON array to a sink an element at a time, in pieces of about 64 KiB: the
    /// same text as `encode` of the whole array, without holding it.
    package struct ArrayStream {
        private var count = 0
        private var pending = ""
        private let sink: (String) -> Void

        package init(to sink: @escaping (String) -> Void) {
            self.sink = sink
        }

        package mutating func append(_ value: Any) {
            pending += count == 0 ? "[\n  " : ",\n  "
            JSONText.write(value, into: &pending, indent: 1)
            count += 1
            if pending.utf8.count >= 1 << 16 {
                sink(pending)
                pending = ""
            }
        }

        /// Closes the array.
        package mutating func finish() {
            sink(pending + (count == 0 ? "[]" : "\n]"))
            pending = ""
        }
    }

    package static func write(_ value: Any, into out: inout String, indent: Int) {
        switch value {
        case let string as String:
            quote(string, into: &out)
        case let bool as Bool:
            out += bool ? "true" : "false"
        case let int as Int:
            out += String(int)
        case let double as Double where !double.isFinite:
            // JSON has no NaN or infinity: such a value is written as null, never as `nan`.
            out += "null"
        case let double as Double:
            out += double.rounded() == double && abs(double) < 1e15 ? String(Int(double)) : String(double)
        case let array as [Any]:
            if array.isEmpty {
                out += "[]"
                return
            }
            out += "[\n"
            for (position, element) in array.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                write(element, into: &out, indent: indent + 1)
                out += position == array.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "]"
        case let object as [String: Any]:
            if object.isEmpty {
                out += "{}"
                return
            }
            out += "{\n"
            let keys = object.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (position, key) in keys.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                quote(key, into: &out)
                out += " : "
                write(object[key] ?? "", into: &out, indent: indent + 1)
                out += position == keys.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "}"
        default:
            quote("\(value)", into: &out)
        }
    }

    /// A JSON string, through the byte-level quoting below.
    private static func quote(_ string: String, into out: inout String) {
        var bytes: [UInt8] = []
        var text = string
        text.withUTF8 { quote(UnsafeRawBufferPointer($0), into: &bytes) }
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// A JSON string: `"` and `\` escaped, line ends and tabs by letter, other control
    /// characters as `\u00XX`.
    package static func quote(_ bytes: UnsafeRawBufferPointer, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var plain = 0
        for index in 0..<bytes.count {
            let byte = bytes[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == 92 else { continue }
            out += UnsafeRawBufferPointer(rebasing: bytes[plain..<index])
            plain = index + 1
            switch byte {
            case UInt8(ascii: "\""): out += [92, UInt8(ascii: "\"")]
            case 92: out += [92, 92]
            case UInt8(ascii: "\n"): out += [92, UInt8(ascii: "n")]
            case UInt8(ascii: "\r"): out += [92, UInt8(ascii: "r")]
            case UInt8(ascii: "\t"): out += [92, UInt8(ascii: "t")]
            default:
                let digits: StaticString = "0123456789abcdef"
                out += "\\u00".utf8
                out.append(digits.utf8Start[Int(byte >> 4)])
                out.append(digits.utf8Start[Int(byte & 0xF)])
            }
        }
        out += UnsafeRawBufferPointer(rebasing: bytes[plain..<bytes.count])
        out.append(UInt8(ascii: "\""))
    }
}
