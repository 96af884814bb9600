import Foundation
import Operations
import PeerTrackCore
import Tracker

extension CLI {
    /// Who supervises whom, and the supervisor's queue of records to verify.
    static let supervisionCommands: [Command] = [
        Command(
            path: ["person", "assign"], synopsis: "ID --supervisor SUPERVISOR",
            summary: "Record who supervises a person from now on (the earlier assignments stay on record).",
            options: ["--supervisor"],
            run: { cli, arguments in
                let id = try arguments.positionals("ID")[0]
                let person = try cli.workspace.assign(person: id, supervisor: try arguments.required("--supervisor"))
                cli.console.write("\(person.id) (\(SafeText.visible(person.name))) is supervised by \(person.supervisor ?? "-") from now on.\n")
                return 0
            }),
        Command(
            path: ["ce", "pending"], synopsis: "[--as SUPERVISOR] [--json]",
            summary: "The CE records of your specialists waiting for your verification, oldest first (and, for an administrator, those no one supervises).",
            options: ["--as"], flags: ["--json"],
            run: { cli, arguments in
                _ = try arguments.positionals()
                let queues = try cli.workspace.verificationQueues(as: arguments["--as"])
                return cli.render(try arguments.outputForm(), text: { RecordsFormat.queuesText(queues) }, json: { RecordsFormat.queuesJSON(queues) })
            }),
    ]

    /// Walks the acting supervisor's queue: each record shown, answered y, s or q.
    func verifyQueue(as actor: String?) throws -> Int32 {
        let walk = try workspace.walkQueue(as: actor, ask: { item, place, count in
            console.write(RecordsFormat.walkPrompt(item, place: place, of: count))
            while let line = console.readLine() {
                switch line.trimmingCharacters(in: .whitespaces).lowercased() {
                case "y": return .verify
                case "s": return .skip
                case "q": return .stop
                default: console.write("Type y to verify, s to skip or q to stop: ")
                }
            }
            return .stop
        }, verified: { console.write("Recorded \($0.stamp.id): \($0.target) verified by \($0.supervisor).\n") })
        guard walk.size > 0 else {
            console.write("Nothing is waiting for your verification.\n")
            return 0
        }
        console.write("\nVerified \(walk.verified), skipped \(walk.skipped); \(walk.size - walk.verified) still waiting.\n")
        return 0
    }
}
