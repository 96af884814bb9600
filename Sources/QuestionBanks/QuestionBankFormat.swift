import Foundation

/// The question-bank formats PeerTrack reads and writes besides its own.
public enum QuestionBankFormat: String, Sendable, CaseIterable {
    /// Moodle XML (`<quiz><question type="...">`).
    case moodle
    /// GIFT, Moodle's plain-text format.
    case gift

    /// The format's name for people.
    public var title: String {
        switch self {
        case .moodle: "Moodle XML"
        case .gift: "GIFT"
        }
    }

    /// The usual file extension.
    public var fileExtension: String {
        switch self {
        case .moodle: "xml"
        case .gift: "gift"
        }
    }

    /// The largest bank of the format that is read, in bytes: Moodle XML carries its
    /// pictures inline (base64), GIFT has only text.
    public var maxBytes: Int {
        switch self {
        case .moodle: 16 << 20
        case .gift: 4 << 20
        }
    }

    /// How many bytes from the start of a file tell its format.
    static let guessingPrefix = 1 << 16

    /// The format of a bank, told from its content: XML whose root is `<quiz>` is Moodle
    /// XML; other text is GIFT when it has a question in braces, a `::title::`, or a
    /// `$CATEGORY:` line; nil when it is neither.
    public init?(guessingFrom bytes: [UInt8]) {
        var text = String(decoding: bytes.prefix(QuestionBankFormat.guessingPrefix), as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let start = text.drop { $0.isWhitespace }
        if start.hasPrefix("<") {
            guard start.range(of: "<quiz") != nil else { return nil }
            self = .moodle
            return
        }
        let lines = text.split(whereSeparator: \.isNewline).map { $0.drop { $0 == " " || $0 == "\t" } }
        let content = lines.filter { !$0.hasPrefix("//") }
        if content.contains(where: { $0.hasPrefix("::") || $0.hasPrefix("$CATEGORY:") || $0.contains("{") }) {
            self = .gift
            return
        }
        return nil
    }
}
