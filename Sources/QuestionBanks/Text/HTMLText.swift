import Foundation

/// HTML as terminal text: one string per paragraph, list item or line break, white space
/// folded; bold as `*bold*`; character entities decoded; images and files that Moodle
/// keeps beside the question (`@@PLUGINFILE@@`) replaced by a note, since a terminal can
/// show neither.
enum HTMLText {
    static func paragraphs(_ html: String) -> [String] {
        var renderer = Renderer()
        var index = html.startIndex
        while index < html.endIndex {
            let rest = html[index...]
            if rest.hasPrefix("<!--") {
                index = rest.range(of: "-->")?.upperBound ?? html.endIndex
            } else if html[index] == "<", let next = rest.dropFirst().first, next.isLetter || next == "/" || next == "!",
                let close = rest.firstIndex(of: ">")
            {
                let tag = Tag(html[html.index(after: index)..<close])
                index = html.index(after: close)
                if !tag.isClosing, tag.name == "script" || tag.name == "style" {
                    // Their content is not text.
                    let end = html[index...].range(of: "</\(tag.name)", options: .caseInsensitive)?.lowerBound ?? html.endIndex
                    index = html[end...].firstIndex(of: ">").map { html.index(after: $0) } ?? html.endIndex
                    continue
                }
                renderer.handle(tag)
            } else {
                let next = html[html.index(after: index)...].firstIndex(of: "<") ?? html.endIndex
                renderer.text(Entities.decode(String(html[index..<next])))
                index = next
            }
        }
        return renderer.finish()
    }

    /// One tag: its lower-cased name, whether it closes, and its attributes.
    struct Tag {
        var name: String
        var isClosing: Bool
        var attributes: [String: String]

        init(_ inside: Substring) {
            var body = inside
            isClosing = body.hasPrefix("/")
            if isClosing { body = body.dropFirst() }
            if body.hasSuffix("/") { body = body.dropLast() }
            let nameEnd = body.firstIndex { $0.isWhitespace } ?? body.endIndex
            name = body[..<nameEnd].lowercased()
            attributes = Tag.attributes(body[nameEnd...])
        }

        /// `name="value"`, `name='value'` and `name=value` pairs.
        static func attributes(_ text: Substring) -> [String: String] {
            var result: [String: String] = [:]
            var rest = text
            while let equals = rest.firstIndex(of: "=") {
                let name = rest[..<equals].split(whereSeparator: \.isWhitespace).last.map { $0.lowercased() } ?? ""
                rest = rest[rest.index(after: equals)...].drop { $0.isWhitespace }
                let value: Substring
                if let quote = rest.first, quote == "\"" || quote == "'" {
                    let body = rest.dropFirst()
                    let end = body.firstIndex(of: quote) ?? body.endIndex
                    value = body[..<end]
                    rest = end < body.endIndex ? body[body.index(after: end)...] : body[end...]
                } else {
                    let end = rest.firstIndex { $0.isWhitespace } ?? rest.endIndex
                    value = rest[..<end]
                    rest = rest[end...]
                }
                if !name.isEmpty { result[name] = Entities.decode(String(value)) }
            }
            return result
        }
    }

    /// Collects text into paragraphs as tags open and close.
    private struct Renderer {
        var paragraphs: [String] = []
        var current = ""
        /// For each open list, whether it is ordered and how many items it has had.
        var lists: [(ordered: Bool, count: Int)] = []
        /// The file an open link points at, when Moodle keeps it beside the question.
        var linkedFile: String?

        mutating func text(_ text: String) {
            current += text
        }

        mutating func breakParagraph() {
            let folded = current.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if !folded.isEmpty { paragraphs.append(folded) }
            current = ""
        }

        mutating func handle(_ tag: Tag) {
            switch tag.name {
            case "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "pre", "hr", "table":
                breakParagraph()
            case "ul", "ol":
                breakParagraph()
                if tag.isClosing {
                    _ = lists.popLast()
                } else {
                    lists.append((tag.name == "ol", 0))
                }
            case "li":
                breakParagraph()
                if !tag.isClosing {
                    if let last = lists.indices.last {
                        lists[last].count += 1
                        current = lists[last].ordered ? "\(lists[last].count). " : "• "
                    } else {
                        current = "• "
                    }
                }
            case "b", "strong":
                current += "*"
            case "td", "th":
                if tag.isClosing { current += " " }
            case "img":
                current += " " + note(image: tag)
            case "a":
                if tag.isClosing, let file = linkedFile {
                    current += " [file not included: \(file)]"
                    linkedFile = nil
                } else if let href = tag.attributes["href"], href.contains("@@PLUGINFILE@@") {
                    linkedFile = fileName(href)
                }
            default:
                break
            }
        }

        func note(image tag: Tag) -> String {
            let alt = tag.attributes["alt"].map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") } ?? ""
            let source = tag.attributes["src"] ?? ""
            let what = alt.isEmpty ? (source.contains("@@PLUGINFILE@@") ? fileName(source) : "") : alt
            return what.isEmpty ? "[image not shown]" : "[image not shown: \(what)]"
        }

        func fileName(_ reference: String) -> String {
            let name = reference.split(separator: "/").last.map(String.init) ?? reference
            return Entities.decodePercent(name)
        }

        mutating func finish() -> [String] {
            breakParagraph()
            return paragraphs
        }
    }
}
