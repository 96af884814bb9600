import Foundation
import Operations
import Tracker

extension CLI {
    /// Looking after the store itself.
    static let storeCommands: [Command] = [
        Command(
            path: ["store", "convert"], synopsis: "[DIR]",
            summary: "Make a store shared by an OS group (init --group) the agency's store, keeping every record (root only).",
            details: """
                The files of DIR (default \(AgencyStore.path)) move into \(AgencyStore.path), which must be empty, under the
                journal's lock; every folder becomes root:\(AgencyStore.group) 2770 and every file 0660, so the old group
                has no access and everyone reaches the records through the installed PeerTrack. Nothing is rewritten.
                """,
            run: { cli, arguments in
                let done = try cli.workspace.convertStore(try arguments.optionalPositional().map { URL(fileURLWithPath: $0, isDirectory: true) })
                let former = done.formerGroup.map { "; group \($0) has no access any more" } ?? ""
                cli.console.write(
                    "Converted \(done.from): \(done.records) records kept in \(done.to), open to PeerTrack (group \(AgencyStore.group)) alone\(former).\n")
                return 0
            }),
    ]
}
