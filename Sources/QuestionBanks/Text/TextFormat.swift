/// How a bank's text is written, as Moodle names it: each is turned into terminal text.
enum TextFormat: String, Sendable {
    /// HTML (Moodle XML `html`, GIFT `[html]`).
    case html
    /// Text shown as written (`plain_text`, `[plain]`).
    case plain
    /// Moodle's own format: text whose line breaks count, with HTML allowed
    /// (`moodle_auto_format`, `[moodle]`, and GIFT's default).
    case moodle
    /// Markdown (`markdown`, `[markdown]`).
    case markdown

    /// The format a Moodle XML `format` attribute names; `fallback` when it names none.
    init(moodleName: String?, fallback: TextFormat) {
        switch moodleName?.lowercased() {
        case "html": self = .html
        case "plain_text": self = .plain
        case "moodle_auto_format": self = .moodle
        case "markdown": self = .markdown
        default: self = fallback
        }
    }

    /// The text as paragraphs of terminal text, white space folded in each.
    func paragraphs(_ text: String) -> [String] {
        switch self {
        case .html:
            return HTMLText.paragraphs(text)
        case .moodle:
            return HTMLText.paragraphs(text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "<br>"))
        case .markdown:
            return MarkdownText.paragraphs(text)
        case .plain:
            return text.split(separator: "\n").map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }.filter { !$0.isEmpty }
        }
    }

    /// The text as one line of terminal text.
    func line(_ text: String) -> String {
        paragraphs(text).joined(separator: " ")
    }
}
