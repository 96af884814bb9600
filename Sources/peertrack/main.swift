import Foundation
import PeerTrackCLI

let cli = CLI(arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment, console: StandardConsole())
exit(cli.run())
