/// How text looks on one terminal: its width, and ANSI colour only when the terminal
/// wants it. Every style also reads correctly without colour.
public struct TextStyle: Sendable, Equatable {
    /// Whether to emit ANSI colour codes.
    public let color: Bool
    /// Columns to wrap to (at least 20).
    public let width: Int

    /// Makes a style.
    public init(color: Bool, width: Int) {
        self.color = color
        self.width = max(width, 20)
    }

    /// Plain text for tests and pipes: no colour, 80 columns.
    public static let plain = TextStyle(color: false, width: 80)

    /// Bold.
    public func bold(_ text: String) -> String { paint(text, "1") }
    /// A success, in green.
    public func good(_ text: String) -> String { paint(text, "1;32") }
    /// A mistake, in red.
    public func bad(_ text: String) -> String { paint(text, "1;31") }
    /// Something to notice, in yellow.
    public func accent(_ text: String) -> String { paint(text, "1;33") }
    /// A heading, in bold cyan.
    public func title(_ text: String) -> String { paint(text, "1;36") }
    /// Less important text, dimmed.
    public func dim(_ text: String) -> String { paint(text, "2") }

    /// Text wrapped to the width, each line starting with `indent` (the first with
    /// `firstIndent` if given), ending with a newline.
    public func wrap(_ text: String, indent: String = "", firstIndent: String? = nil) -> String {
        TextWrapper.wrap(text, width: width, indent: indent, firstIndent: firstIndent).map { $0 + "\n" }.joined()
    }

    /// A heading: underlined with `=` (level 1) or `-` (level 2) so it stands out without colour.
    public func heading(_ text: String, level: Int = 1) -> String {
        let lines = TextWrapper.wrap(text, width: width)
        let rule = String(repeating: level == 1 ? "=" : "-", count: lines.map(\.count).max() ?? 0)
        return lines.map { (level == 1 ? title($0) : bold($0)) + "\n" }.joined() + (color ? "" : rule + "\n")
    }

    private func paint(_ text: String, _ code: String) -> String {
        color && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
