import Foundation
import PeerTrackCore
import PeerXML
import Tracker

/// The values of a transcript's elements and attributes, read and checked one at a time.
extension TranscriptDecoding {
    /// Elements whose schema type collapses white space, so their text is read trimmed.
    static func isToken(_ name: String) -> Bool {
        name == "Date" || name == "Hours" || name == "Attempt" || name == "SHA256" || name == "Size"
    }

    /// The text without the white space XML allows around a token (space, tab, line ends).
    static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        guard let first = utf8.first, let last = utf8.last, isSpace(first) || isSpace(last) else { return text }
        guard let start = utf8.firstIndex(where: { !isSpace($0) }), let end = utf8.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(Substring(utf8[start...end]))
    }

    /// An xAPI scaled score (0.85) as the whole percent the journal keeps (85).
    static func percent(_ scaled: String) -> String? {
        let text = trimmed(scaled)
        if let hours = Hours(text) { return String(hours.hundredths) }
        guard let value = Double(text), value.isFinite else { return nil }
        return String(Int((value * 100).rounded()))
    }

    func token(_ text: String?) -> String {
        TranscriptDecoding.trimmed(text ?? "")
    }

    mutating func required(_ element: XMLElement, _ name: String) -> XMLElement? {
        if let child = element.child(name) { return child }
        problem(element, "<\(element.name)> has no <\(name)>")
        return nil
    }

    mutating func attribute(_ element: XMLElement, _ name: String) -> String {
        if let value = element[attribute: name] { return value }
        problem(element, "<\(element.name)> has no \(name) attribute")
        return ""
    }

    mutating func day(_ text: String, at element: XMLElement, what: String) -> Day? {
        if let day = Day(text) { return day }
        problem(element, "\(what) '\(text)' is not a date (YYYY-MM-DD)")
        return nil
    }

    mutating func hours(_ element: XMLElement, _ name: String) -> Hours {
        let text = token(attribute(element, name))
        if let hours = Hours(text) { return hours }
        problem(element, "\(name) '\(SafeText.excerpt(text))' is not a number of hours: expected \(Hours.expectation)")
        return .zero
    }

    func position(_ element: XMLElement) -> SourcePosition {
        SourcePosition(line: element.line, column: element.column)
    }

    mutating func problem(_ element: XMLElement, _ message: String) {
        problem(at: position(element), message)
    }

    mutating func problem(at position: SourcePosition, _ message: String) {
        diagnostics.append(XMLDiagnostic(file: file, line: position.line, column: position.column, message: message))
    }
}
