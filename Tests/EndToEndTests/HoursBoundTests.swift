import Foundation
import Testing

/// Hours with more digits than they can hold, on every route in: refused with a message
/// (at most 6 digits before the point and 2 after it), never an arithmetic overflow trap.
struct HoursBoundTests {
    private let scratch = ScratchFolder()
    var store: URL { scratch.url.appendingPathComponent("store") }
    static let long = ["99999999999999999999", "1.123456789012345678901", "1234567", String(repeating: "9", count: 300)]

    @discardableResult
    private func run(_ arguments: [String], expect status: Int32 = 0) throws -> PeerTrackProcess.Result {
        let result = try PeerTrackProcess.run(arguments, store: store, user: "admin")
        #expect(result.status == status, "\(arguments.prefix(6)): \(result.output) \(result.errors)")
        return result
    }

    private func setUp() throws {
        try run(["init", "--agency", "Hope Works"])
        try run(["person", "add", "ana", "--name", "Ana Diaz"])
        try run(["certify", "ana", "--date", "2024-03-15", "--override", "certified before this store was kept"])
        try run(["ce", "add", "ana", "--date", "2025-02-01", "--hours", "2", "--title", "Ethics", "--category", "ethics"])
    }

    @Test func theCommandLineRefusesThem() throws {
        try setUp()
        let before = PeerTrackProcess.journal(store)
        for hours in Self.long {
            // Not a number of hours PeerTrack can hold: a value of the wrong form (exit 64).
            let ce = try run(["ce", "add", "ana", "--date", "2025-06-01", "--hours", hours, "--title", "T", "--category", "ethics"], expect: 64)
            #expect(ce.errors.contains("at most 6 digits before the point and 2 after it"), "\(ce.errors)")
            let training = try run(["training", "add", "ana", "--course", "C", "--date", "2025-06-01", "--hours", hours], expect: 64)
            #expect(training.errors.contains("at most 6 digits"), "\(training.errors)")
        }
        #expect(PeerTrackProcess.journal(store) == before)
    }

    @Test func aSpreadsheetCellIsRefusedWithItsLine() throws {
        try setUp()
        let before = PeerTrackProcess.journal(store)
        for hours in Self.long {
            let sheet = scratch.url.appendingPathComponent("ce.csv")
            try Data("person,date,hours,title,category\nana,2025-06-01,\(hours),T,ethics\n".utf8).write(to: sheet)
            let result = try run(["ce", "import", sheet.path], expect: 1)
            #expect(result.errors.contains("\(sheet.path):2: hours:") && result.errors.contains("at most 6 digits"), "\(result.errors)")
        }
        #expect(PeerTrackProcess.journal(store) == before)
    }

    @Test(arguments: [
        ("<Hours>2</Hours>", "<Hours>#</Hours>"), ("required=\"20\"", "required=\"#\""), ("minimum=\"3\"", "minimum=\"#\""),
        ("shortfall=\"18\"", "shortfall=\"#\""),
    ])
    func aTranscriptValueIsRefusedByValidateAndImport(original: String, mutated: String) throws {
        try setUp()
        let exported = scratch.url.appendingPathComponent("ana.xml")
        try run(["export", "transcript", "ana", "-o", exported.path, "--on", "2026-01-01"])
        let text = try String(contentsOf: exported, encoding: .utf8)
        try #require(text.contains(original), "the transcript holds \(original)")
        let other = scratch.url.appendingPathComponent("other")
        try PeerTrackProcess.run(["init", "--agency", "Other Agency"], store: other, user: "admin")
        let before = PeerTrackProcess.journal(other)
        for hours in Self.long {
            let file = scratch.url.appendingPathComponent("long.xml")
            try Data(text.replacingOccurrences(of: original, with: mutated.replacingOccurrences(of: "#", with: hours)).utf8).write(to: file)
            let validate = try run(["transcript", "validate", file.path], expect: 1)
            #expect(validate.output.contains("\(file.path):"), "\(validate.output)")
            let imported = try PeerTrackProcess.run(["transcript", "import", file.path], store: other, user: "admin")
            #expect(imported.status == 1, "\(imported.errors)")
            #expect(imported.errors.contains("\(file.path):"), "\(imported.errors)")
        }
        #expect(PeerTrackProcess.journal(other) == before)
    }
}
