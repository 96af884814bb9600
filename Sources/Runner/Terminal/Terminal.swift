/// Where lessons and quizzes are shown and answers read: the process's terminal or pipes,
/// or a test's script.
public protocol Terminal: AnyObject {
    /// Shows text as it is.
    func write(_ text: String)
    /// One line of input without its newline; nil at end of input or on interrupt.
    func readLine() -> String?
    /// Whether a person is at a terminal (input is echoed by the terminal itself).
    var isInteractive: Bool { get }
    /// Whether to use colour.
    var usesColor: Bool { get }
    /// Columns to wrap text to.
    var width: Int { get }
}

extension Terminal {
    /// Shows a prompt and reads the answer. When input is piped, the answer is shown after
    /// the prompt, so that the screen reads like a session at a terminal.
    func ask(_ prompt: String) -> String? {
        write(prompt)
        guard let line = readLine() else {
            write("\n")
            return nil
        }
        if !isInteractive { write(line + "\n") }
        return line
    }

    /// The style that fits this terminal.
    var style: TextStyle {
        TextStyle(color: usesColor, width: width)
    }
}
