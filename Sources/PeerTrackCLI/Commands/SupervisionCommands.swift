import Operations
import PeerTrackCore
import Foundation
import Tracker

#if canImport(Glibc)
import Glibc
#endif

extension CLI {
    /// Who supervises whom, and the supervisor's queue of records to verify.
    static let supervisionCommands: [Command] = [
        Command(
            path: ["person", "assign"], synopsis: "ID --supervisor SUPERVISOR",
            summary: "Record who supervises a person from now on (the earlier assignments stay on record).",
            options: ["--supervisor"],
            run: { cli, arguments in
                let id = try arguments.positionals("ID")[0]
                let person = try cli.openTracker().assign(person: id, supervisor: try arguments.required("--supervisor"))
                cli.console.write("\(person.id) (\(SafeText.visible(person.name))) is supervised by \(person.supervisor ?? "-") from now on.\n")
                return 0
            }),
        Command(
            path: ["ce", "pending"], synopsis: "[--as SUPERVISOR] [--json]",
            summary: "The CE records of your specialists waiting for your verification, oldest first.",
            options: ["--as"], flags: ["--json"],
            run: { cli, arguments in
                _ = try arguments.positionals()
                let pending = try cli.openTracker().pendingVerifications(as: arguments["--as"])
                if arguments.has("--json") {
                    try cli.writeJSON(pending.map { item -> [String: Any] in
                        [
                            "id": item.record.id, "person": item.person.id, "date": item.record.date.description,
                            "hours": item.record.hours.description, "title": item.record.title, "category": item.record.category,
                            "recorded": item.record.stamp.time,
                        ]
                    })
                } else if pending.isEmpty {
                    cli.console.write("Nothing is waiting for your verification.\n")
                } else {
                    cli.console.write(TextTable(
                        headers: ["RECORD", "PERSON", "DATE", "HOURS", "CATEGORY", "TITLE"],
                        rows: pending.map {
                            [$0.record.id, $0.person.id, $0.record.date.description, $0.record.hours.description, $0.record.category, $0.record.title]
                        }).rendered)
                }
                return 0
            }),
    ]

    /// Walks the acting supervisor's queue: each record shown, answered y, s or q.
    func verifyQueue(as actor: String?) throws -> Int32 {
        let tracker = try openTracker()
        let pending = try tracker.pendingVerifications(as: actor)
        guard !pending.isEmpty else {
            console.write("Nothing is waiting for your verification.\n")
            return 0
        }
        var verified = 0
        var skipped = 0
        for (position, item) in pending.enumerated() {
            let ce = item.record
            console.write(
                "\n\(position + 1) of \(pending.count): \(ce.id)  \(SafeText.visible(item.person.name)) (\(item.person.id))\n"
                    + "  \(ce.date)  \(ce.hours) hour(s) of \(ce.category)  \(SafeText.visible(ce.title))"
                    + (ce.provider.map { "  (\(SafeText.visible($0)))" } ?? "") + "\n"
                    + "Verify? (y verify, s skip, q stop): ")
            var answer: String?
            while true {
                guard let line = console.readLine() else { answer = nil; break }
                let word = line.trimmingCharacters(in: .whitespaces).lowercased()
                if ["y", "s", "q"].contains(word) { answer = word; break }
                console.write("Type y to verify, s to skip or q to stop: ")
            }
            guard let answer, answer != "q" else { break }
            if answer == "s" {
                skipped += 1
                continue
            }
            let verification = try tracker.verify(record: ce.id, as: actor)
            verified += 1
            console.write("Recorded \(verification.stamp.id): \(ce.id) verified by \(verification.supervisor).\n")
        }
        let left = pending.count - verified
        console.write("\nVerified \(verified), skipped \(skipped); \(left) still waiting.\n")
        return 0
    }

    /// The full name of an OS account, from the password database, if set.
    static func fullName(of account: String) -> String? {
        guard let entry = getpwnam(account), let gecos = entry.pointee.pw_gecos else { return nil }
        let name = String(cString: gecos).split(separator: ",").first.map(String.init) ?? ""
        return name.isEmpty ? nil : name
    }
}
