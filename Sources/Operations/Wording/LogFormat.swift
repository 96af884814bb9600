import PeerTrackCore
import Tracker

/// The lines of `peertrack log`, written from each record's bytes: a statewide journal is
/// a million records, so no strings or dictionaries are made per record. The JSON goes
/// through `JSONText`'s own byte-level quoting, in its layout (keys in byte order, the first
/// value of a repeated field): one JSON writer, fed from bytes here.
package enum LogFormat {
    /// `TIME  ID  KIND  by ACCOUNT[ as ACTOR]  key=value key="a value"`, with any control or
    /// direction-changing character an older journal holds shown as an escape. A key or
    /// value that is empty or holds a space, `=`, `"` or `\` is written in double quotes
    /// (`\"` and `\\` inside), so a title "x person=zoe" never reads as a field.
    package static func text(_ record: Record, into out: inout [UInt8]) {
        let start = out.count
        writeText(record, into: &out)
        // Lines are plain ASCII and UTF-8 text nearly always: look for trouble, then escape.
        let line = out[start..<(out.count - 1)]
        if line.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) {
            let text = SafeText.visible(String(decoding: line, as: UTF8.self))
            out.replaceSubrange(start..<(out.count - 1), with: Array(text.utf8))
        }
    }

    private static func writeText(_ record: Record, into out: inout [UInt8]) {
        record.withBytes(of: .time) { out += $0 }
        out += [32, 32]
        record.withBytes(of: .id) { out += $0 }
        out += [32, 32]
        out += record.kind.rawValue.utf8
        out += "  by ".utf8
        record.withBytes(of: .account) { out += $0 }
        record.withBytes(of: .actor) { actor in
            guard !actor.isEmpty else { return }
            out += " as ".utf8
            out += actor
        }
        out += [32, 32]
        var first = true
        record.forEachField { key, value in
            if !first { out.append(32) }
            first = false
            Record.withPlain(key) { quoted($0, into: &out) }
            out.append(UInt8(ascii: "="))
            Record.withPlain(value) { quoted($0, into: &out) }
        }
        out.append(UInt8(ascii: "\n"))
    }

    /// A key or value as it is, or in double quotes when it could be misread.
    private static func quoted(_ bytes: UnsafeRawBufferPointer, into out: inout [UInt8]) {
        let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
        guard bytes.isEmpty || bytes.contains(where: { $0 == 32 || $0 == UInt8(ascii: "=") || $0 == quote || $0 == backslash }) else {
            out += bytes
            return
        }
        out.append(quote)
        for byte in bytes {
            if byte == quote || byte == backslash { out.append(backslash) }
            out.append(byte)
        }
        out.append(quote)
    }

    /// One record as an element of the log's JSON array, at the array's indentation.
    package static func json(_ record: Record, into out: inout [UInt8]) {
        out += "{\n    \"account\" : ".utf8
        record.withBytes(of: .account) { JSONText.quote($0, into: &out) }
        record.withBytes(of: .actor) { actor in
            guard !actor.isEmpty else { return }
            out += ",\n    \"actor\" : ".utf8
            JSONText.quote(actor, into: &out)
        }
        out += ",\n    \"fields\" : ".utf8
        fields(record, into: &out)
        out += ",\n    \"id\" : ".utf8
        record.withBytes(of: .id) { JSONText.quote($0, into: &out) }
        out += ",\n    \"kind\" : \"".utf8
        out += record.kind.rawValue.utf8
        out += "\",\n    \"time\" : ".utf8
        record.withBytes(of: .time) { JSONText.quote($0, into: &out) }
        out += "\n  }".utf8
    }

    /// The fields as an object: keys in byte order, the first value of a repeated key.
    private static func fields(_ record: Record, into out: inout [UInt8]) {
        // Plain keys and values go end to end into one buffer; the pairs note where.
        var text: [UInt8] = []
        var pairs: [(key: Range<Int>, value: Range<Int>)] = []
        record.forEachField { key, value in
            let start = text.count
            Record.withPlain(key) { text += $0 }
            let keyRange = start..<text.count
            let seen = pairs.contains { text[$0.key].elementsEqual(text[keyRange]) }
            guard !seen else {
                text.removeLast(keyRange.count)
                return
            }
            Record.withPlain(value) { text += $0 }
            pairs.append((keyRange, keyRange.upperBound..<text.count))
        }
        guard !pairs.isEmpty else {
            out += "{}".utf8
            return
        }
        pairs.sort { text[$0.key].lexicographicallyPrecedes(text[$1.key]) }
        out += "{\n".utf8
        text.withUnsafeBytes { text in
            for (position, pair) in pairs.enumerated() {
                out += "      ".utf8
                JSONText.quote(UnsafeRawBufferPointer(rebasing: text[pair.key]), into: &out)
                out += " : ".utf8
                JSONText.quote(UnsafeRawBufferPointer(rebasing: text[pair.value]), into: &out)
                out += (position == pairs.count - 1 ? "\n" : ",\n").utf8
            }
        }
        out += "    }".utf8
    }
}

extension LogFormat {
    /// Writes the whole journal: pieces formatted on every core and written in order, so
    /// that the log of a statewide journal is quick and never sits in memory whole.
    package static func stream(_ tracker: Tracker, _ output: OutputForm, write: (String) -> Void) throws {
        var count = 0
        if output == .csv { write(CSVFormat.logHeader) }
        try tracker.streamRecords({ records in
            var out: [UInt8] = []
            var writer = CSVWriter()
            for record in records {
                switch output {
                case .csv: CSVFormat.log(record, into: &writer)
                case .json:
                    out += ",\n  ".utf8
                    json(record, into: &out)
                case .text: text(record, into: &out)
                }
            }
            return (records.count, output == .csv ? writer.bytes : out)
        }, consume: { piece in
            guard piece.0 > 0 else { return }
            // The first element of the JSON array opens it instead of following a comma.
            let text = String(decoding: piece.1, as: UTF8.self)
            write(output == .json && count == 0 ? "[\n  " + text.dropFirst(4) : text)
            count += piece.0
        })
        switch output {
        case .json: write(count == 0 ? "[]\n" : "\n]\n")
        case .text where count == 0: write("No records yet.\n")
        default: break
        }
    }
}
