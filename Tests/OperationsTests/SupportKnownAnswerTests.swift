import Foundation
import Operations
import PeerTrackCore
import Testing

struct JSONTextTests {
    @Test func nanAndInfinityAreNeverWrittenAsNumbers() {
        #expect(JSONText.encode([Double.nan, Double.infinity, -Double.infinity, 1.5, 2.0]) == "[\n  null,\n  null,\n  null,\n  1.5,\n  2\n]")
    }

    @Test func everyControlCharacterIsEscaped() throws {
        let text = String((0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) }) + "\"\\"
        let encoded = JSONText.encode(text)
        #expect(!encoded.unicodeScalars.contains { $0.value < 0x20 }, "no raw control character")
        #expect(encoded.hasPrefix("\"\\u0000\\u0001"))
        #expect(encoded.contains("\\t\\n\\u000b\\u000c\\r"))
        #expect(encoded.hasSuffix("\\u001f\\\"\\\\\""))
        let decoded = try JSONSerialization.jsonObject(with: Data(encoded.utf8), options: .fragmentsAllowed) as? String
        #expect(decoded == text)
    }

    @Test func keysAreSortedByTheirBytes() {
        #expect(JSONText.encode(["b": 1, "B": 2, "a": true]) == "{\n  \"B\" : 2,\n  \"a\" : true,\n  \"b\" : 1\n}")
    }
}

struct TextTableTests {
    @Test func columnsAreAsWideAsTheirWidestCellAndTheLastIsNotPadded() {
        let table = TextTable(headers: ["ID", "NAME"], rows: [["ana", "Ana Diaz"], ["samuel", "Sam"]])
        #expect(table.rendered == "ID      NAME\nana     Ana Diaz\nsamuel  Sam\n")
    }

    @Test func anEmptyTableIsItsHeader() {
        #expect(TextTable(headers: ["A", "B"], rows: []).rendered == "A  B\n")
    }
}
