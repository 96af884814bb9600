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

// The environment is read once (each read of ProcessInfo's copies every variable).
let environment = ProcessInfo.processInfo.environment
let cli = CLI(arguments: Array(CommandLine.arguments.dropFirst()), environment: environment, console: StandardConsole(environment: environment))
exit(cli.run())
