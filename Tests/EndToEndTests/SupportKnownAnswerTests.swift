import Foundation
import Testing

import Operations
@testable import PeerTrackCLI

struct ArgumentsTests {
    func parse(_ tokens: [String]) throws(UsageError) -> Arguments {
        try Arguments(tokens, options: ["--date", "--hours"], flags: ["--json"])
    }

    @Test func optionsComeAnywhereInBothSpellings() throws {
        let arguments = try parse(["ana", "--date=2025-01-02", "--json", "--hours", "1.5", "--", "--not-an-option"])
        #expect(arguments.positionals == ["ana", "--not-an-option"])
        #expect(arguments["--date"] == "2025-01-02")
        #expect(arguments["--hours"] == "1.5")
        #expect(arguments.has("--json"))
    }

    @Test(arguments: [
        (["--nope"], "unknown option '--nope'"),
        (["--json=yes"], "--json takes no value"),
        (["--date"], "--date needs a value"),
    ])
    func usageErrorsNameTheOption(tokens: [String], message: String) {
        #expect(throws: UsageError.self) { try parse(tokens) }
        do {
            _ = try parse(tokens)
        } catch {
            #expect(error.message == message)
        }
    }

    @Test func positionalsAndRequiredOptionsAreCounted() throws {
        #expect(throws: UsageError.self) { try parse([]).positionals("ID") }
        #expect(throws: UsageError.self) { try parse(["a", "b"]).positionals("ID") }
        #expect(throws: UsageError.self) { try parse(["a"]).required("--date") }
        do { _ = try parse([]).positionals("ID") } catch { #expect(error.message == "missing ID") }
        do { _ = try parse(["a", "b"]).positionals("ID") } catch { #expect(error.message == "unexpected argument 'b'") }
        do { _ = try parse(["a"]).required("--date") } catch { #expect(error.message == "missing --date") }
    }

    @Test func typedValuesOfTheWrongFormAreInvalidValuesNotUsageErrors() throws {
        #expect(throws: InvalidValue.self) { try parse(["--date", "2025-02-29"]).day("--date") }
        #expect(throws: InvalidValue.self) { try parse(["--hours", "two"]).hours("--hours") }
        #expect(try parse(["--date", "2024-02-29"]).requiredDay("--date").description == "2024-02-29")
        #expect(try parse(["--hours", "1.25"]).requiredHours("--hours").hundredths == 125)
    }
}
