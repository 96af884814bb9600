import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A supervisor's day, and what the journal survives, through the built binary.
struct SupervisorDayEndToEndTests {
    let store = PeerTrackProcess.temporaryStore()

    private func run(_ arguments: [String], user: String = "admin") throws -> PeerTrackProcess.Result {
        try PeerTrackProcess.run(arguments, store: store, user: user)
    }

    private func json(_ arguments: [String], user: String = "admin") throws -> Any {
        let result = try run(arguments + ["--json"], user: user)
        #expect(result.status == 0, "\(arguments): \(result.errors)")
        return try JSONSerialization.jsonObject(with: Data(result.output.utf8))
    }

    private func setUpAgency() throws {
        for command in [
            ["init", "--agency", "Hope Works Peer Center"],
            ["person", "add", "ana", "--name", "Ana Diaz", "--login", "ana"],
            ["person", "add", "sam", "--name", "Sam Lee", "--role", "supervisor", "--login", "sam"],
            ["person", "add", "kim", "--name", "Kim Roe", "--role", "supervisor"],
            ["training", "add", "sam", "--course", "Supervising NC Certified Peer Support Specialists", "--date", "2025-01-05", "--hours", "3"],
            ["certify", "ana", "--date", "2024-03-15", "--number", "NC-1234", "--override", "certified before this store was kept"],
        ] {
            let result = try run(command)
            #expect(result.status == 0, "\(command): \(result.errors)")
        }
    }

    @Test func aSupervisorsDay() throws {
        try setUpAgency()
        let ethics = try run(["ce", "add", "ana", "--date", "2025-02-01", "--hours", "3", "--title", "Ethics and boundaries", "--category", "ethics", "--provider", "UNC"])
        #expect(ethics.status == 0)
        let ethicsID = ethics.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(ethicsID.range(of: "^[0-9a-f]{16}$", options: .regularExpression) != nil)
        let general = try run(["ce", "add", "ana", "--date", "2025-03-01", "--hours", "17", "--title", "WRAP facilitator", "--category", "general"])
        let generalID = general.output.trimmingCharacters(in: .whitespacesAndNewlines)

        // Sam verifies (the owner of a personal store acts as him), then tries again: nothing counts twice.
        let verify = try run(["ce", "verify", ethicsID, "--as", "sam"])
        #expect(verify.status == 0, "\(verify.errors)")
        #expect(verify.output.contains("verified by sam"))
        let again = try run(["ce", "verify", ethicsID, "--as", "sam"])
        #expect(again.status == 1)
        #expect(again.errors.contains("already verified by sam"))
        // Kim has no supervisor training; Ana cannot verify her own record.
        #expect(try run(["ce", "verify", generalID, "--as", "kim"]).errors.contains("has not completed"))
        #expect(try run(["ce", "verify", generalID, "--as", "ana"]).errors.contains("only a supervisor may verify"))
        #expect(try run(["ce", "verify", generalID, "--as", "sam"]).status == 0)

        let statuses = try #require(try json(["status", "ana", "--on", "2026-01-15"]) as? [[String: Any]])
        #expect(statuses.count == 1)
        #expect(statuses[0]["state"] as? String == "due-soon")
        #expect(statuses[0]["due"] as? String == "2026-03-31")
        #expect(statuses[0]["graceEnd"] as? String == "2026-04-30")
        #expect(statuses[0]["hoursCounted"] as? String == "20")
        #expect(statuses[0]["hoursVerified"] as? String == "20")
        // The hours are met; the renewal still needs its two reference forms.
        #expect(statuses[0]["hoursMet"] as? Bool == true)
        #expect(statuses[0]["requirementsMet"] as? Bool == false)
        #expect(statuses[0]["stage"] as? String == "renewal")
        #expect(statuses[0]["deadline"] as? String == "2026-03-31")
        let checklist = try #require(statuses[0]["checklist"] as? [[String: Any]])
        #expect(checklist.map { $0["id"] as? String } == ["hours", "references"])
        #expect(checklist.map { $0["state"] as? String } == ["met", "missing"])
        #expect(checklist[1]["received"] as? Int == 0)
        #expect(checklist[1]["required"] as? Int == 2)

        let text = try run(["status", "ana", "--on", "2026-01-15"])
        #expect(text.output.contains("renewal due:         2026-03-31 (in 75 days)"))

        // A correction: the ethics hours were logged for the wrong person.
        #expect(try run(["ce", "void", ethicsID, "--reason", "wrong person"]).status == 0)
        let afterVoid = try #require(try json(["status", "ana", "--on", "2026-01-15"]) as? [[String: Any]])
        #expect(afterVoid[0]["hoursCounted"] as? String == "17")
        #expect(afterVoid[0]["requirementsMet"] as? Bool == false)
        let list = try #require(try json(["ce", "list", "ana"]) as? [[String: Any]])
        #expect(list.count == 2)
        #expect(list.first { $0["id"] as? String == ethicsID }?["voided"] != nil)

        let report = try run(["report", "due", "--on", "2026-04-10"])
        #expect(report.output.contains("ana"))
        #expect(report.output.contains("grace"))
        #expect(report.output.contains("kim"))  // supervisor without training

        let log = try #require(try json(["log"]) as? [[String: Any]])
        #expect(log.map { $0["kind"] as? String }.filter { $0 == "verify" }.count == 2)
        #expect(log.last?["kind"] as? String == "void")
    }

    @Test func badInputChangesNothing() throws {
        try setUpAgency()
        let before = PeerTrackProcess.journal(store)
        // A value of the wrong form (an impossible date, hours that are not a number) exits
        // 64; a value the rules refuse, or a refused action, exits 1.
        let malformed: [[String]] = [
            ["ce", "add", "ana", "--date", "2025-02-29", "--hours", "2", "--title", "T", "--category", "general"],
            ["ce", "add", "ana", "--date", "2025-02-01", "--hours", "-2", "--title", "T", "--category", "general"],
            ["ce", "add", "ana", "--date", "2025-02-01", "--hours", "lots", "--title", "T", "--category", "general"],
        ]
        let attempts: [[String]] = [
            ["ce", "add", "ana", "--date", "2025-02-01", "--hours", "30", "--title", "T", "--category", "general"],
            ["ce", "add", "ana", "--date", "2025-02-01", "--hours", "2", "--title", "T", "--category", "knitting"],
            ["ce", "add", "zed", "--date", "2025-02-01", "--hours", "2", "--title", "T", "--category", "general"],
            ["person", "add", "ana", "--name", "Another Ana"],
            ["certify", "kim", "--date", "2025-01-01", "--program", "nc-nope", "--override", "certified before this store was kept"],
            ["ce", "verify", "ffffffffffffffff", "--as", "sam"],
            ["recertify", "ana", "--date", "2026-05-01"],
        ]
        for arguments in malformed + attempts {
            let result = try run(arguments)
            #expect(result.status == (malformed.contains(arguments) ? 64 : 1), "\(arguments)")
            #expect(!result.errors.isEmpty, "\(arguments)")
            #expect(PeerTrackProcess.journal(store) == before, "\(arguments) changed the journal")
        }
        #expect(try run(["ce", "add", "ana", "--date", "2025-02-29", "--hours", "2", "--title", "T", "--category", "general"]).errors
            .contains("--date '2025-02-29' is not valid: expected a date that exists"))
    }

    @Test func theStoreIsCreatedOwnerOnly() throws {
        #expect(try run(["init", "--agency", "Solo"]).status == 0)
        let folder = try FileManager.default.attributesOfItem(atPath: store.path)[.posixPermissions] as? Int
        let journal = try FileManager.default.attributesOfItem(atPath: store.appendingPathComponent("journal.log").path)[.posixPermissions] as? Int
        #expect(folder == 0o700)
        #expect(journal == 0o600)
    }

    @Test func writersKilledAtRandomMomentsNeverDamageCompletedRecords() throws {
        try setUpAgency()
        var generator = SystemRandomNumberGenerator()
        var completed: [String] = []
        var killed = 0
        for index in 0..<200 {
            let (process, out, _) = try PeerTrackProcess.start(
                ["ce", "add", "ana", "--date", "2025-02-01", "--hours", "1", "--title", "Session \(index)", "--category", "general"],
                store: store)
            usleep(UInt32.random(in: 0...40_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .exit, process.terminationStatus == 0 {
                completed.append(((try? String(contentsOf: out, encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines))
            } else {
                killed += 1
            }
            try? FileManager.default.removeItem(at: out)
        }
        let list = try run(["ce", "list", "ana", "--json"])
        #expect(list.status == 0, "\(list.errors)")
        let ids = Set(((try JSONSerialization.jsonObject(with: Data(list.output.utf8)) as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String })
        #expect(Set(completed).isSubset(of: ids))
        // The kills land both before and after commands finish, so both paths are exercised.
        #expect(killed > 0)
        #expect(!completed.isEmpty)
        print("crash test: \(completed.count) writers finished, \(killed) killed, \(ids.count) records readable")
        // Every record written opens cleanly: the journal ends on a complete line.
        #expect(PeerTrackProcess.journal(store).last == UInt8(ascii: "\n"))
    }

    @Test func processesAppendingAtOnceLoseNothing() throws {
        try setUpAgency()
        let processes = try (0..<16).map { index in
            try PeerTrackProcess.start(
                ["ce", "add", "ana", "--date", "2025-02-01", "--hours", "1", "--title", "Parallel \(index)", "--category", "general"], store: store)
        }
        for (process, _, _) in processes {
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
        let list = try #require(try json(["ce", "list", "ana"]) as? [[String: Any]])
        #expect(list.count == 16)
        #expect(Set(list.compactMap { $0["title"] as? String }).count == 16)
    }
}
