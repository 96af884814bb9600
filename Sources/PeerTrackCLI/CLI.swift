import Curriculum
import Foundation
import Operations
import PeerTrackCore
import PeerXML
import Runner
import Tracker

/// The `peertrack` command line: parses arguments, wires the libraries together and maps
/// errors to exit codes (0 success, 1 a failed check or refused action, 64 a usage error).
/// Everything it touches outside itself comes in through `environment` and `console`.
public final class CLI {
    /// The tool's version.
    public static let version = "0.1.0"

    let arguments: [String]
    let environment: [String: String]
    let console: Console
    let now: @Sendable () -> Date
    /// The OS account running the command: the kernel's (`getuid`), never the
    /// environment's; a test may name another.
    let account: String
    /// Whether that account is root (never when a test names the account).
    let isSuperuser: Bool

    /// Makes a CLI for one run. `arguments` excludes the program name.
    public init(
        arguments: [String], environment: [String: String], console: Console,
        now: @escaping @Sendable () -> Date = { Date() }, account: String? = nil
    ) {
        self.arguments = arguments
        self.environment = environment
        self.console = console
        self.now = now
        self.account = account ?? Workspace.processAccount
        self.isSuperuser = account == nil && Workspace.processIsSuperuser
    }

    // Options every command takes, wherever they appear.
    var contentOption: String?
    var storeOption: String?

    /// Runs the command and returns the exit status.
    public func run() -> Int32 {
        do {
            var rest: [String] = []
            var tokens = arguments[...]
            while let token = tokens.popFirst() {
                guard let name = ["--content", "--store"].first(where: { token == $0 || token.hasPrefix($0 + "=") }) else {
                    rest.append(token)
                    continue
                }
                var value = String(token.dropFirst(name.count + 1))
                if token == name {
                    guard let next = tokens.popFirst() else { throw UsageError("\(name) needs a value") }
                    value = next
                }
                if name == "--content" { contentOption = value } else { storeOption = value }
            }
            // Only the agency's own store keeps the set-group-id privilege, and only for the
            // store layer; any other store gives it up before anything is read.
            if !workspace.usesAgencyStore { try StorePrivilege.drop() }
            return try dispatch(rest)
        } catch {
            let failure = CLI.failure(error, command: commandName)
            console.writeError(failure.message)
            return failure.status
        }
    }

    /// The words of the command being run, once known: usage errors point at its help.
    private var commandName: String?

    /// What the user is told of an error and the exit status: 64 for a command line that
    /// cannot be carried out as typed (a usage error or a value not of the form expected),
    /// 1 for a refused action or a failed check. The one place that decides.
    static func failure(_ error: any Error, command: String?) -> (message: String, status: Int32) {
        let help = "See 'peertrack\(command.map { " \($0)" } ?? "") --help'.\n"
        switch error {
        case let error as UsageError: return ("peertrack: \(error.message)\n" + help, 64)
        case let error as InvalidValue: return ("peertrack: \(error)\n" + help, 64)
        case let error as XMLDocumentError: return (error.diagnostics.map { "\($0)\n" }.joined(), 1)
        case let error as TrackerError: return ("peertrack: error: \(TrackerErrorMessage.text(error))\n", 1)
        case let error as RunnerError: return ("peertrack: error: \(RunnerErrorMessage.text(error))\n", 1)
        case let error as CurriculumError: return ("peertrack: error: \(RunnerErrorMessage.text(error))\n", 1)
        case let error as OperationError: return ("peertrack: error: \(OperationErrorMessage.text(error))\n", 1)
        default: return ("peertrack: error: \(error)\n", 1)
        }
    }

    private func dispatch(_ tokens: [String]) throws -> Int32 {
        guard let first = tokens.first else {
            if console.isInteractive {
                return try runMenu()
            }
            console.write(Help.overview(commands: Self.commands))
            return 0
        }
        switch first {
        case "--help", "-h", "help":
            if first == "help", tokens.count > 1 {
                return try dispatch(Array(tokens.dropFirst()) + ["--help"])
            }
            console.write(Help.overview(commands: Self.commands))
            return 0
        case "--version":
            console.write("peertrack \(CLI.version)\ncontent: \(workspace.contentRoot.path)\n")
            return 0
        default:
            break
        }
        // The longest command path that matches the leading words.
        let match = Self.commands
            .filter { tokens.starts(with: $0.path) }
            .max { $0.path.count < $1.path.count }
        guard let command = match else {
            let group = Self.commands.filter { $0.path.first == first }
            if !group.isEmpty {
                if tokens.count == 1 || tokens.dropFirst().first == "--help" {
                    console.write(Help.group(first, commands: group))
                    return tokens.count == 1 ? 64 : 0
                }
                throw UsageError("unknown command '\(first) \(tokens[1])'; expected one of: \(group.map { $0.path.joined(separator: " ") }.joined(separator: ", "))")
            }
            throw UsageError("unknown command '\(first)'")
        }
        let rest = Array(tokens.dropFirst(command.path.count))
        if rest.contains("--help") || rest.contains("-h") {
            console.write(Help.command(command))
            return 0
        }
        commandName = command.path.joined(separator: " ")
        return try command.run(self, try Arguments(rest, options: command.options, flags: command.flags))
    }

}

extension CLI {
    /// Every command, in the order help lists them.
    static let commands: [Command] =
        curriculumCommands + bankCommands + runnerCommands + reviewCommands + trackerCommands + certificationCommands + supervisionCommands + evidenceCommands
            + spreadsheetCommands + transcriptCommands + documentCommands + certificateCheckCommands + storeCommands

    /// The menu for a person at a terminal: modules, what is done, what is next.
    func runMenu() throws -> Int32 {
        try coach(as: nil).menu()
        return Interrupt.wasReceived ? 130 : 0
    }
}
