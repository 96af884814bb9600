import Foundation
import PeerTrackCLI
import Runner
import Testing

/// The exit status of every command's bad values, decided in one place (`CLI.failure`):
/// 64 for what was typed that is not a valid value or valid usage (an impossible date, hours
/// that are not a number, an unknown option, a flag twice over), 1 for a refused action or a
/// failed check (a rule's bound, an unknown person, a record that is not there). Neither
/// changes a record.
struct ExitStatusTableTests {
    private let scratch = ScratchFolder()
    private var store: URL { scratch.url.appendingPathComponent("store") }

    private func run(_ arguments: [String]) -> (status: Int32, errors: String) {
        let console = BufferConsole()
        let environment = PeerTrackProcess.environment(store: store, user: "admin")
        let status = CLI(arguments: arguments, environment: environment, console: console, now: { Date(timeIntervalSince1970: 1_764_000_000) }, account: "admin").run()
        return (status, console.errors)
    }

    private func setUp() throws {
        for arguments in [
            ["init", "--agency", "Hope Works"],
            ["person", "add", "sam", "--name", "Sam Lee", "--role", "supervisor"],
            ["person", "add", "ana", "--name", "Ana Diaz", "--supervisor", "sam"],
            ["certify", "ana", "--date", "2024-03-15", "--override", "certified before this store was kept"],
        ] {
            let result = run(arguments)
            try #require(result.status == 0, "\(arguments): \(result.errors)")
        }
    }

    private static let ce = ["ce", "add", "ana", "--title", "T", "--category", "ethics"]

    /// What was typed is not a value of the form expected, or not valid usage: 64.
    static let malformed: [[String]] = [
        ce + ["--date", "2025-02-30", "--hours", "2"],
        ce + ["--date", "2025-02-01", "--hours", "1.234"],
        ce + ["--date", "2025-02-01", "--hours", "lots"],
        ce + ["--date", "2025-02-01", "--hours", "2", "--colour", "red"],
        ["ce", "add", "--date", "2025-02-01", "--hours", "2", "--title", "T", "--category", "ethics"],
        ["ce", "list", "ana", "--json", "--csv"],
        ["ce", "verify", "a", "b"],
        ["ce", "void", "ffffffffffffffff"],
        ["ce", "import", "rows.csv", "--map", "nonsense"],
        ["ce", "import", "rows.csv", "--map", "Course=course"],
        ["training", "add", "ana", "--course", "C", "--date", "2025-13-01"],
        ["training", "add", "ana", "--course", "C", "--date", "2025-01-01", "--hours", "x"],
        ["status", "--on", "2025-02-30"],
        ["status", "ana", "bo"],
        ["report", "due", "--within", "x"],
        ["report", "due", "--within", "-1"],
        ["report", "due", "--on", "tomorrow"],
        ["report", "html", "--on", "2025-02-30"],
        ["report", "mastery", "--json", "--csv"],
        ["requirement", "add", "ana", "diploma", "--date", "2025-02-30"],
        ["requirement", "list", "ana", "--on", "nope"],
        ["certify", "ana", "--date", "2025-02-30"],
        ["recertify", "ana", "--date", "x"],
        ["export", "packet", "ana", "--on", "2025-02-30"],
        ["export", "transcript", "ana", "--on", "x"],
        ["export", "agency", "-o", "a.xml", "--output", "b.xml"],
        ["person", "add", "bo", "--name", "Bo", "--role", "chief"],
        ["person", "list", "extra"],
        ["quiz", "ethics-quiz", "--seed", "-1"],
        ["quiz", "ethics-quiz", "--resume", "--seed", "4"],
        ["review", "--limit", "0"],
        ["curriculum", "import", "bank.xml", "--format", "word"],
        ["curriculum", "import", "bank.xml", "--quiz", "Bad_ID"],
        ["curriculum", "export", "ethics-quiz"],
        ["schema", "nope"],
        ["log", "--json", "--csv"],
        ["no-such-command"],
    ]

    /// Well-formed, but refused by the rules or failing a check: 1.
    static let refused: [[String]] = [
        ce + ["--date", "2025-02-01", "--hours", "25"],
        ["ce", "add", "ana", "--date", "2025-02-01", "--hours", "2", "--title", "T", "--category", "knitting"],
        ["ce", "add", "zed", "--date", "2025-02-01", "--hours", "2", "--title", "T", "--category", "ethics"],
        ["ce", "verify", "ffffffffffffffff", "--as", "sam"],
        ["ce", "void", "ffffffffffffffff", "--reason", "typo"],
        ["ce", "list", "zed"],
        ["ce", "import", "no-such.csv"],
        ["person", "add", "ana", "--name", "Another Ana"],
        ["certify", "zed", "--date", "2025-01-01"],
        ["recertify", "ana", "--date", "2025-01-01"],
        ["status", "zed"],
        ["export", "packet", "zed"],
        ["certificate", "ffffffffffffffff", "-o", "c.pdf"],
        ["transcript", "validate", "no-such.xml"],
        ["transcript", "import", "no-such.xml"],
        ["curriculum", "check", "/no/such/file.xml"],
        ["curriculum", "export", "no-such-quiz", "--format", "gift"],
        ["requirement", "add", "ana", "no-such-item", "--date", "2025-01-01"],
    ]

    @Test func everyBadValueExits64AndEveryRefusalExits1AndNothingChanges() throws {
        try setUp()
        let before = PeerTrackProcess.journal(store)
        for (arguments, expected) in Self.malformed.map({ ($0, Int32(64)) }) + Self.refused.map({ ($0, Int32(1)) }) {
            let result = run(arguments)
            #expect(result.status == expected, "\(arguments): \(result.errors)")
            #expect(!result.errors.isEmpty, "\(arguments) said nothing")
            if expected == 64 { #expect(result.errors.contains("--help"), "\(arguments): a usage error points at the help") }
            #expect(PeerTrackProcess.journal(store) == before, "\(arguments) changed the journal")
        }
    }
}
