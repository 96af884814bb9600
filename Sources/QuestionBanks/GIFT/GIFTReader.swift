import Foundation

/// Reads a GIFT bank: questions separated by blank lines, `//` comment lines (with the
/// `[id:...]` and `[tag:...]` that Moodle reads from them), `$CATEGORY:` lines, Windows
/// line endings and a UTF-8 byte order mark accepted. Every broken question and invalid
/// weight is collected with its line.
struct GIFTReader {
    let file: String

    /// One question's lines, with the comments that came before or among them.
    struct Block {
        var lines: [(number: Int, text: Substring)] = []
        var comments: [Substring] = []
    }

    func read(_ text: String) throws -> [BankEntry] {
        var entries: [BankEntry] = []
        var problems: [BankDiagnostic] = []
        for block in GIFTReader.blocks(text) {
            let first = block.lines[0].text.drop { $0.isWhitespace }
            if first.hasPrefix("$CATEGORY:") {
                let path = first.dropFirst("$CATEGORY:".count)
                entries.append(.category(path: BankConventions.categoryParts(String(path)), idnumber: nil, info: nil, line: block.lines[0].number))
                continue
            }
            var parser = GIFTQuestionParser(file: file, block: block)
            if let entry = parser.parse() { entries.append(entry) }
            problems += parser.problems
        }
        if !problems.isEmpty { throw QuestionBankError.invalid(problems) }
        return entries
    }

    /// The blocks of a file: runs of lines between blank lines, comment lines set apart.
    static func blocks(_ text: String) -> [Block] {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var blocks: [Block] = []
        var current = Block()
        // "\r\n" is one Character in Swift, so splitting on newlines takes Windows endings too.
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let content = line.drop { $0 == " " || $0 == "\t" }
            if content.allSatisfy(\.isWhitespace) {
                if !current.lines.isEmpty { blocks.append(current) }
                if !current.lines.isEmpty || !current.comments.isEmpty { current = Block() }
                continue
            }
            if content.hasPrefix("//") {
                current.comments.append(content.dropFirst(2))
            } else {
                current.lines.append((index + 1, line))
            }
        }
        if !current.lines.isEmpty { blocks.append(current) }
        return blocks
    }

    /// The values of `[name:value]` marks in comments, such as `[tag:rule-5]`.
    static func marks(_ name: String, in comments: [Substring]) -> [String] {
        var values: [String] = []
        for comment in comments {
            var rest = comment[...]
            while let start = rest.range(of: "[\(name):") {
                let after = rest[start.upperBound...]
                guard let end = after.firstIndex(of: "]") else { break }
                let value = after[..<end].split(whereSeparator: \.isWhitespace).joined(separator: " ")
                if !value.isEmpty { values.append(value) }
                rest = after[after.index(after: end)...]
            }
        }
        return values
    }
}
