import Foundation
import Testing

/// The whole NC path in a store shared by an OS group, each step under the account the
/// roles table gives it: an applicant from `person add` to `certify`, then a renewal
/// refused without its references and recorded with them; each packet read back.
struct CertificationPathEndToEndTests {
    @Test func anApplicantIsCertifiedAndRenewsUnderTheRolesTable() throws {
        let binary = try #require(PeerTrackProcess.binary).path
        let tag = String(UUID().uuidString.prefix(6)).lowercased()
        let group = "ptg\(tag)"
        let (supervisor, specialist) = ("pts\(tag)", "ptp\(tag)")
        let sbin = ["PATH": "/usr/sbin:/usr/bin:/sbin:/bin"]
        #expect(try execute("/usr/sbin/groupadd", [group], environment: sbin).status == 0)
        for user in [supervisor, specialist] {
            #expect(try execute("/usr/sbin/useradd", ["-M", "-N", "-G", group, "-s", "/bin/sh", user], environment: sbin).status == 0)
        }
        defer {
            for user in [supervisor, specialist] { _ = try? execute("/usr/sbin/userdel", [user], environment: sbin) }
            _ = try? execute("/usr/sbin/groupdel", [group], environment: sbin)
        }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("pt-path-\(tag)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        defer { try? FileManager.default.removeItem(at: root) }
        let store = root.appendingPathComponent("store").path
        func peertrack(_ account: String?, _ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
            let environment = [
                "PATH": "/usr/bin:/bin", "HOME": root.path, "XDG_CACHE_HOME": root.path + "/cache-\(account ?? "root")", "TERM": "dumb",
                "PEERTRACK_STORE": store, "PEERTRACK_CONTENT": PeerTrackProcess.repository.path,
            ]
            guard let account else { return try execute(binary, arguments, environment: environment) }
            return try execute("/usr/sbin/runuser", ["-u", account, "--", binary] + arguments, environment: environment)
        }
        func ok(_ account: String?, _ arguments: [String]) throws -> String {
            let result = try peertrack(account, arguments)
            #expect(result.status == 0, "\(arguments): \(result.errors)")
            return result.output
        }
        func refused(_ account: String?, _ arguments: [String], saying text: String) throws {
            let result = try peertrack(account, arguments)
            #expect(result.status == 1, "\(arguments) should be refused")
            #expect(result.errors.contains(text), "\(arguments): \(result.errors)")
        }
        func packet(_ on: String) throws -> String {
            let file = root.appendingPathComponent("packet-\(on).pdf")
            _ = try ok(nil, ["export", "packet", "kim", "--on", on, "-o", file.path])
            return DocumentTool.flattened(try DocumentTool.text(of: file))
        }
        let letter = root.appendingPathComponent("reference-lee.pdf")
        try Data("%PDF-1.4\n% reference form of Rev. Lee\n%%EOF\n".utf8).write(to: letter)

        _ = try ok(nil, ["init", "--agency", "Hope Works", "--group", group])
        _ = try ok(nil, ["person", "add", "sam", "--name", "Sam Lee", "--role", "supervisor", "--login", supervisor])
        _ = try ok(nil, ["person", "add", "kim", "--name", "Kim Roe", "--login", specialist, "--supervisor", "sam"])
        _ = try ok(nil, ["training", "add", "sam", "--course", "Supervising NC Certified Peer Support Specialists", "--date", "2025-01-05"])

        // The course: her supervisor records it, not she herself.
        let course = ["requirement", "add", "kim", "initial-training", "--date", "2025-04-10", "--title", "NC CPSS Peer Support Training", "--hours", "50", "--provider", "Recovery Academy"]
        try refused(specialist, course, saying: "the person's supervisor or an administrator")
        _ = try ok(supervisor, course)
        // Her additional hours: her own CE records, as today.
        for (category, hours, title) in [("children-families", "8", "Family partners"), ("ethics", "3", "Ethics and Peer Support Boundaries"), ("general", "9", "WRAP facilitation")] {
            _ = try ok(specialist, ["ce", "add", "kim", "--date", "2025-05-01", "--hours", hours, "--title", title, "--category", category])
        }
        // References and attestations: an administrator's.
        try refused(specialist, ["requirement", "add", "kim", "references", "--date", "2025-06-01", "--from", "Rev. Lee"], saying: "an administrator")
        try refused(supervisor, ["requirement", "add", "kim", "age", "--date", "2025-06-01"], saying: "an administrator")
        let reference = try ok(nil, ["requirement", "add", "kim", "references", "--date", "2025-06-01", "--from", "Rev. Lee", "--evidence", letter.path])
        #expect(reference.contains("document for references on 2025-06-01"))
        // The form's file comes back out byte for byte, for whoever may see Kim's records.
        let referenceID = try #require(reference.split(separator: " ").dropFirst().first).dropLast()
        let outbox = root.appendingPathComponent("outbox")
        try FileManager.default.createDirectory(at: outbox, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o777])
        let copy = outbox.appendingPathComponent("copy.pdf")
        _ = try ok(supervisor, ["requirement", "evidence", String(referenceID), "-o", copy.path])
        #expect(try Data(contentsOf: copy) == Data(contentsOf: letter))
        for item in ["age", "diploma", "recovery", "code-of-ethics"] {
            _ = try ok(nil, ["requirement", "add", "kim", item, "--date", "2025-06-01", "--by", "Pat Admin"])
        }

        // One reference of two: the status, the certify refusal and the packet say so.
        let status = try #require(try JSONSerialization.jsonObject(with: Data(try ok(specialist, ["status", "kim", "--on", "2025-06-15", "--json"]).utf8)) as? [[String: Any]])
        #expect(status[0]["stage"] as? String == "application")
        #expect(status[0]["deadline"] as? String == "2027-04-10")
        #expect(status[0]["requirementsMet"] as? Bool == false)
        let checklist = try #require(status[0]["checklist"] as? [[String: Any]])
        #expect(checklist.filter { $0["state"] as? String == "missing" }.map { $0["id"] as? String } == ["references"])
        try refused(supervisor, ["certify", "kim", "--date", "2025-06-15"], saying: "an administrator")
        try refused(nil, ["certify", "kim", "--date", "2025-06-15"], saying: "references (Reference letters): 1 of 2 received")
        let incomplete = try packet("2025-06-15")
        #expect(incomplete.contains("Application Packet"))
        #expect(incomplete.contains("Reference letters MISSING 1 of 2 received from Rev. Lee, received 2025-06-01 (file kept)"), "\(incomplete)")
        #expect(incomplete.contains("Children and families 8 0 0 8 Met"))
        #expect(incomplete.contains("Apply by") && incomplete.contains("apply by 2027-04-10: 24 months from the course certificate of 2025-04-10"))

        _ = try ok(nil, ["requirement", "add", "kim", "references", "--date", "2025-06-20", "--from", "Dana Cruz"])
        let complete = try packet("2025-06-30")
        #expect(complete.contains("Checklist (8 of 8 met)"))
        #expect(!complete.contains("MISSING"))
        let certified = try ok(nil, ["certify", "kim", "--date", "2025-07-01", "--number", "NC-5150"])
        #expect(certified.contains("kim certified on 2025-07-01 (nc-cpss); renewal due 2027-07-31"))
        #expect(!certified.contains("Override"))

        // The renewal: hours met, references missing, so recertify is refused.
        _ = try ok(specialist, ["ce", "add", "kim", "--date", "2025-09-01", "--hours", "3", "--title", "Ethics refresher", "--category", "ethics"])
        _ = try ok(specialist, ["ce", "add", "kim", "--date", "2025-10-01", "--hours", "17", "--title", "Trauma-informed care", "--category", "general"])
        try refused(nil, ["recertify", "kim", "--date", "2026-11-01"], saying: "references (Personal Reference Forms): 0 of 2 received")
        let without = try packet("2026-11-01")
        #expect(without.contains("Renewal Packet"))
        #expect(without.contains("Personal Reference Forms MISSING 0 of 2 received"))
        #expect(without.contains("Continuing education hours Met 20 of 20 hours"))
        for (from, date) in [("Rev. Lee", "2026-10-01"), ("Dana Cruz", "2026-10-02")] {
            _ = try ok(nil, ["requirement", "add", "kim", "references", "--date", date, "--from", from])
        }
        let with = try packet("2026-11-01")
        #expect(with.contains("Checklist (2 of 2 met)"))
        #expect(with.contains("from Rev. Lee, received 2026-10-01; from Dana Cruz, received 2026-10-02"))
        #expect(!with.contains("MISSING"))
        let renewed = try ok(nil, ["recertify", "kim", "--date", "2026-11-01"])
        #expect(renewed.contains("kim recertified on 2026-11-01; next renewal due 2029-07-31"))
        let log = try ok(nil, ["log"])
        #expect(log.contains("by \(supervisor) as sam"), "the course was recorded under the supervisor's account")
    }
}
