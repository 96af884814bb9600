

/// One command: the words that call it, what it accepts, its help and what it does.
struct Command: Sendable {
    /// The words after `peertrack`, e.g. `["ce", "add"]`.
    var path: [String]
    /// Positionals and options, e.g. `ID --date YYYY-MM-DD`.
    var synopsis: String
    /// One line on what it does.
    var summary: String
    /// Longer help: options and examples.
    var details: String = ""
    var options: Set<String> = []
    var flags: Set<String> = []
    var run: @Sendable (CLI, Arguments) throws -> Int32
}

/// The help screens.
enum Help {
    static let globalOptions = """
        Options for every command:
          --content DIR   the curriculum folder (holding Curriculum/ and Quizzes/; `.` for
                          this one); default $PEERTRACK_CONTENT, else the installed one
          --store DIR     the record store; default $PEERTRACK_STORE, else
                          /var/lib/peertrack if it exists, else $XDG_DATA_HOME/peertrack,
                          else ~/.local/share/peertrack
          --help          help for the tool or for a command
          --version       the version
        """

    static func overview(commands: [Command]) -> String {
        var text = """
            peertrack: training and certification tracking for NC Certified Peer Support Specialists

            Usage: peertrack [COMMAND] [OPTIONS]
            Without a command, on a terminal: a menu of modules, lessons and quizzes.

            Commands:

            """
        let width = commands.map { ($0.path.joined(separator: " ")).count }.max() ?? 10
        for command in commands {
            let name = command.path.joined(separator: " ")
            text += "  \(name)\(String(repeating: " ", count: width - name.count + 2))\(command.summary)\n"
        }
        text += "\n" + globalOptions + "\n"
        return text
    }

    static func group(_ name: String, commands: [Command]) -> String {
        var text = "Usage: peertrack \(name) <command>\n\nCommands:\n"
        for command in commands {
            text += "  peertrack \(command.path.joined(separator: " ")) \(command.synopsis)\n      \(command.summary)\n"
        }
        return text
    }

    static func command(_ command: Command) -> String {
        var text = "Usage: peertrack \(command.path.joined(separator: " ")) \(command.synopsis)\n\n\(command.summary)\n"
        if !command.details.isEmpty {
            text += "\n\(command.details)\n"
        }
        text += "\n" + globalOptions + "\n"
        return text
    }
}
