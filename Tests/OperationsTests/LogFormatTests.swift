import Foundation
import Testing
@testable import Tracker

import Operations
import PeerTrackCore

/// `log` writes each record from its bytes; its JSON must be the text the general JSON
/// writer makes of the same values, and its lines what the fields say.
struct LogFormatTests {
    private let records = [
        Record(id: "0000000000000001", kind: .agency, time: "2026-11-22T12:00:00Z", account: "admin", actor: nil, fields: []),
        Record(
            id: "imported:a-long-record-id-0002", kind: .ce, time: "2026-11-22T12:00:01Z", account: "ana\tb", actor: "p1",
            fields: [
                ("person", "p1"), ("title", "Quote \" back\\slash\nnew line\rcr\ttab \u{1} ünïcode"), ("hours", "1.5"),
                ("title", "second title, dropped as JSON keeps the first"), ("a key", "="),
            ]),
    ]

    @Test func jsonIsTheGeneralWritersTextOfTheSameValues() {
        for record in records {
            var entry: [String: Any] = [
                "id": record.id, "kind": record.kind.rawValue, "time": record.time, "account": record.account,
                "fields": Dictionary(record.fields.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first }),
            ]
            if let actor = record.actor { entry["actor"] = actor }
            var stream = ""
            var array = JSONText.ArrayStream { stream += $0 }
            array.append(entry)
            array.finish()
            var bytes: [UInt8] = Array("[\n  ".utf8)
            LogFormat.json(record, into: &bytes)
            bytes += Array("\n]".utf8)
            #expect(String(decoding: bytes, as: UTF8.self) == stream)
            #expect(stream == JSONText.encode([entry]))
        }
    }

    @Test func textLinesShowEveryFieldInOrder() {
        var bytes: [UInt8] = []
        for record in records { LogFormat.text(record, into: &bytes) }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "2026-11-22T12:00:00Z  0000000000000001  agency  by admin  ")
        // Control characters an older journal may hold are shown as escapes, never sent raw.
        #expect(lines[1].hasPrefix("2026-11-22T12:00:01Z  imported:a-long-record-id-0002  ce  by ana\\u{9}b as p1  person=p1 title=\"Quote \\\" back\\\\slash\\u{A}new line"))
        #expect(String(decoding: bytes, as: UTF8.self).hasSuffix("title=\"second title, dropped as JSON keeps the first\" \"a key\"=\"=\"\n"))
    }
}
