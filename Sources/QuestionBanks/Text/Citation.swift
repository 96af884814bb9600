import Foundation
import Curriculum

/// A source written as one line of text, `Source: TITLE (SEED)` or `Source: TITLE (URL)`,
/// as the last paragraph of a question's general feedback; read back into a `Source`.
enum Citation {
    static let prefix = "Source: "

    /// The paragraphs without a last `Source:` one, and the source it names.
    static func split(_ paragraphs: [String]) -> (rest: [String], source: Source?) {
        guard let last = paragraphs.last, last.hasPrefix(prefix) else { return (paragraphs, nil) }
        return (Array(paragraphs.dropLast()), source(String(last.dropFirst(prefix.count))))
    }

    /// `TITLE (SEED)`: a seed is a file name (no spaces, an extension); `TITLE (URL)`: an
    /// address with a scheme; anything else is a title.
    static func source(_ text: String) -> Source? {
        let text = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !text.isEmpty else { return nil }
        guard text.hasSuffix(")"), let open = text.range(of: " (", options: .backwards) else { return Source(title: text) }
        let title = String(text[..<open.lowerBound])
        let inner = String(text[open.upperBound..<text.index(before: text.endIndex)])
        if inner.contains("://"), !inner.contains(" ") { return Source(url: inner, title: title) }
        if isFileName(inner) { return Source(seed: inner, title: title) }
        return Source(title: text)
    }

    private static func isFileName(_ text: String) -> Bool {
        guard let dot = text.lastIndex(of: "."), dot != text.startIndex, text.index(after: dot) != text.endIndex else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }
    }
}
