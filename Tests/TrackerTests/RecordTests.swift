import Testing

@testable import Tracker

struct RecordTests {
    private func line(_ record: Record) throws -> Record {
        let encoded = RecordLine.encode(record)
        return try encoded.withUnsafeBytes { bytes in
            try RecordLine.decode(UnsafeRawBufferPointer(rebasing: bytes[0..<(bytes.count - 1)]))
        }
    }

    @Test(arguments: RecordKind.allCases)
    func everyKindReadsBackFromItsLine(kind: RecordKind) throws {
        let record = Record(id: "00000000000000ab", kind: kind, time: "2026-11-22T12:00:00Z", account: "ana", actor: "p1", fields: [("person", "p2")])
        let read = try line(record)
        #expect(read == record)
        #expect(read.kind == kind)
    }

    @Test(arguments: ["agenc", "attempts", "c", "cert", "voids", "x", "", "Person", "lesso"])
    func unknownKindsAreRejected(spelling: String) {
        let payload = Array("\(spelling)\tid\t2026-11-22T12:00:00Z\tana\t".utf8)
        #expect(throws: Record.Problem.self) {
            try payload.withUnsafeBytes { bytes in _ = try Record(payload: bytes) }
        }
    }

    @Test func fieldsAndHeaderReadBackExactlyWhateverTheyHold() throws {
        let tricky = "tab\there\\n not a newline, back\\slash\r\nünïcode = sign"
        let record = Record(
            id: "imported:record-with-a-long-id-0001", kind: .ce, time: "2026-11-22T12:00:00Z", account: "acc\tount", actor: nil,
            fields: [("person", "p1"), ("title", tricky), ("hours", "1.5"), ("title", "second"), ("empty", "")])
        let read = try line(record)
        #expect(read.id == "imported:record-with-a-long-id-0001")
        #expect(read.account == "acc\tount")
        #expect(read.actor == nil)
        #expect(read["title"] == tricky)
        #expect(read["empty"] == "")
        #expect(read["missing"] == nil)
        #expect(read.fields.map(\.key) == ["person", "title", "hours", "title", "empty"])
        #expect(read.fields[3].value == "second")
        #expect(read.has("hours", "1.5"))
        #expect(!read.has("hours", "1.50"))
        read.withBytes(of: "title") { #expect($0.map { String(decoding: $0, as: UTF8.self) } == tricky) }
        read.withBytes(of: .account) { #expect(String(decoding: $0, as: UTF8.self) == "acc\tount") }
        #expect(read.key == RecordID("imported:record-with-a-long-id-0001"))
        #expect(read.key != RecordID("imported:record-with-a-long-id-0002"))
    }

    @Test func aFieldTableFindsTheFirstValueOfEachKeyAndNoticesTheRest() {
        let keys = RecordKeys(["date", "hours", "origin"], ignoring: ["person"])
        let plain = Record(id: "1", kind: .ce, time: "t", account: "a", actor: nil, fields: [("person", "p1"), ("hours", "2"), ("date", "2026-01-02")])
        plain.withFields(keys) { fields in
            #expect(!fields.hasOthers)
            #expect(fields.value(0).map { String(decoding: $0, as: UTF8.self) } == "2026-01-02")
            #expect(fields.value(1).map { String(decoding: $0, as: UTF8.self) } == "2")
            #expect(fields.value(2) == nil)
        }
        let repeated = Record(id: "2", kind: .ce, time: "t", account: "a", actor: nil, fields: [("hours", "2"), ("hours", "3")])
        repeated.withFields(keys) { fields in
            #expect(fields.hasOthers)
            #expect(fields.value(1).map { String(decoding: $0, as: UTF8.self) } == "2")
        }
        let other = Record(id: "3", kind: .ce, time: "t", account: "a", actor: nil, fields: [("hours", "2"), ("note", "x")])
        other.withFields(keys) { #expect($0.hasOthers) }
    }

    @Test func shortIDsThatDifferOnlyInLengthAreDifferentKeys() {
        #expect(RecordID("ab") != RecordID("ab\0"))
        #expect(RecordID("0123456789abcdef") == RecordID("0123456789abcdef"))
        #expect(RecordID("0123456789abcdef") != RecordID("0123456789abcdee"))
    }
}
