import Foundation
import PeerTrackCLI
import Runner
import PeerTrackCore

// First of all: an installed, set-group-id binary keeps its group as the saved group only.
do {
    try StorePrivilege.lower()
} catch {
    FileHandle.standardError.write(Data("peertrack: error: \(error)\n".utf8))
    exit(1)
}

let cli = CLI(arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment, console: StandardConsole())
exit(cli.run())
