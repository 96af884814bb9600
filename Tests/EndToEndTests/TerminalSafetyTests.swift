import Foundation
import PeerTrackCore
import Testing

/// Values that would drive a terminal (set its title, clear the screen, reorder text) never
/// reach standard output or error raw, and every route in refuses them naming the field;
/// spreadsheets are bounded in size and their echoed cells cut short.
struct TerminalSafetyTests {
    private let scratch = ScratchFolder()
    var store: URL { scratch.url.appendingPathComponent("store") }

    static let payloads = [
        "\u{1B}]0;pwned\u{07}", "\u{1B}[2J\u{1B}[H", "\u{9B}31m", "x\u{202E}gnp", "del\u{7F}", "nel\u{85}", "cr\rx", "bell\u{07}",
    ]

    @discardableResult
    private func run(_ arguments: [String], in store: URL? = nil, expect status: Int32? = 0) throws -> PeerTrackProcess.Result {
        let result = try PeerTrackProcess.run(arguments, store: store ?? self.store, user: "admin")
        if let status { #expect(result.status == status, "\(arguments.map(SafeText.visible)): \(result.output) \(result.errors)") }
        #expect(!Self.holdsControl(result.output) && !Self.holdsControl(result.errors), "\(arguments.map(SafeText.visible)) wrote a raw control character")
        return result
    }

    static func holdsControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { SafeText.isUnsafe($0) && $0 != "\n" }
    }

    private func file(_ name: String, _ text: String) throws -> String {
        let url = scratch.url.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    private func setUp() throws {
        try run(["init", "--agency", "Hope Works"])
        try run(["person", "add", "ana", "--name", "Ana Diaz", "--login", "ana"])
        try run(["certify", "ana", "--date", "2024-03-15", "--override", "certified before this store was kept"])
    }

    @Test func spreadsheetRefusalsShowEveryCellEscaped() throws {
        try setUp()
        let before = PeerTrackProcess.journal(store)
        for payload in Self.payloads {
            let quoted = "\"" + payload + "\""
            let ce = try file("ce.csv", "person,date,hours,title,category,\(quoted)\n\(quoted),\(quoted),\(quoted),T,\(quoted)\n")
            #expect(try run(["ce", "import", ce], expect: 1).errors.contains("ce.csv:"))
            let people = try file("people.csv", "id,name,role,login\n\(quoted),N,\(quoted),\(quoted)\nbo,Bo,specialist,\(quoted)\n")
            let refused = try run(["person", "import", people], expect: 1).errors
            #expect(refused.contains(": login: "), "the login cell is refused: \(refused)")
            try run(["ce", "list", payload], expect: 1)
            try run(["person", "add", "zed", "--name", "Zed", "--login", payload], expect: 1)
            try run(["ce", "add", "ana", "--date", "2025-02-01", "--hours", "1", "--title", "T" + payload, "--category", "ethics"], expect: 1)
        }
        #expect(PeerTrackProcess.journal(store) == before)
    }

    @Test func aTitleWithATabOrALineBreakIsRefusedNotFolded() throws {
        try setUp()
        for title in ["a\tb", "a\nb", "a\rb"] {
            let refused = try run(["ce", "add", "ana", "--date", "2025-02-01", "--hours", "1", "--title", title, "--category", "ethics"], expect: 1)
            #expect(refused.errors.contains("title"), "\(refused.errors)")
        }
    }

    @Test func aSpreadsheetOverTheCapIsRefusedBeforeItIsRead() throws {
        try setUp()
        let huge = scratch.url.appendingPathComponent("huge.csv")
        #expect(FileManager.default.createFile(atPath: huge.path, contents: nil))
        #expect(truncate(huge.path, off_t(64 << 20) + 1) == 0)
        let refused = try run(["ce", "import", huge.path], expect: 1)
        #expect(refused.errors.contains("the limit is 67108864 bytes"), "\(refused.errors)")
    }

    @Test func aMegabyteCellIsRefusedWithAShortMessage() throws {
        try setUp()
        for cell in [String(repeating: "\u{0}", count: 1 << 20), String(repeating: "\u{1B}[2J", count: 1 << 18)] {
            let sheet = try file("cell.csv", "person,date,hours,title,category\n\(cell),2025-02-01,1,T,ethics\n")
            let header = try file("header.csv", "\(cell),date\n")
            for path in [sheet, header] {
                let refused = try run(["ce", "import", path], expect: 1)
                #expect(refused.errors.contains("longer than 8192 bytes"), "\(refused.errors.prefix(300))")
                #expect(refused.errors.utf8.count < 2_000, "\(refused.errors.utf8.count) bytes on standard error")
            }
        }
    }

    /// A transcript of Ana, exported, for mutating.
    private func transcript() throws -> String {
        try setUp()
        try run(["ce", "add", "ana", "--date", "2025-02-01", "--hours", "2", "--title", "Ethics", "--category", "ethics"])
        let exported = scratch.url.appendingPathComponent("ana.xml").path
        try run(["export", "transcript", "ana", "-o", exported])
        return try String(contentsOfFile: exported, encoding: .utf8)
    }

    @Test(arguments: ["x\u{202E}gnp", "c1\u{9B}x", "nel\u{85}x", "del\u{7F}x", "cr&#13;x", "tab&#9;x", "lf&#10;x"])
    func validateAndImportAgreeOnEveryValue(payload: String) throws {
        let text = try transcript()
        let other = scratch.url.appendingPathComponent("other")
        try run(["init", "--agency", "Other"], in: other)
        let before = PeerTrackProcess.journal(other)
        let opening = try #require(text.range(of: "account=\""), "the transcript names an account")
        let closing = try #require(text[opening.upperBound...].firstIndex(of: "\""))
        let account = opening.lowerBound..<text.index(after: closing)
        let mutations = [
            text.replacingOccurrences(of: "<OrganizationName>Hope Works", with: "<OrganizationName>Hope \(payload)"),
            text.replacingCharacters(in: account, with: "account=\"ad\(payload)\""),
            text.replacingOccurrences(of: "<Title>Ethics", with: "<Title>Eth\(payload)"),
            text.replacingOccurrences(of: "<Name>Ana Diaz", with: "<Name>Ana \(payload)"),
        ]
        for mutated in mutations {
            #expect(mutated != text)
            let path = try file("mutated.xml", mutated)
            let validate = try run(["transcript", "validate", path], expect: 1)
            #expect(validate.output.contains("mutated.xml:"), "\(validate.output)")
            let imported = try run(["transcript", "import", path], in: other, expect: 1)
            #expect(imported.errors.contains("mutated.xml:"), "\(imported.errors)")
            #expect(PeerTrackProcess.journal(other) == before)
        }
    }

    @Test func schemaMessagesShowTheValuesTheyQuoteEscaped() throws {
        let text = try transcript()
        let path = try file("bad.xml", text.replacingOccurrences(of: "<Hours>2</Hours>", with: "<Hours>\u{9B}2J\u{1B}</Hours>"))
        try run(["transcript", "validate", path], expect: 1)
        let other = scratch.url.appendingPathComponent("other")
        try run(["init", "--agency", "Other"], in: other)
        try run(["transcript", "import", path], in: other, expect: 1)
    }
}
