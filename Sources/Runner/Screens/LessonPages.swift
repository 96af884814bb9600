import Curriculum

/// A lesson rendered for the terminal and cut into pages at headings, each page about a
/// screenful: title, headings, paragraphs, lists, key points, and the sources at the end.
public enum LessonPages {
    /// The pages of a lesson; a new page starts at a heading once the page has
    /// `lines` lines or more.
    public static func pages(of lesson: Lesson, style: TextStyle, lines: Int = 18) -> [String] {
        var pages: [String] = []
        var page = style.heading(lesson.title) + "\n"
        for block in lesson.blocks {
            if case .heading = block, page.lineCount >= lines {
                pages.append(page)
                page = ""
            }
            page += render(block, style: style)
        }
        if !lesson.sources.isEmpty {
            page += style.bold("Sources") + "\n"
            for source in lesson.sources {
                page += style.wrap(source.citation, indent: "    ", firstIndent: "  - ")
            }
        }
        pages.append(page)
        return pages
    }

    /// One block of lesson text, followed by a blank line.
    public static func render(_ block: Block, style: TextStyle) -> String {
        switch block {
        case .heading(let text):
            return style.heading(text, level: 2) + "\n"
        case .paragraph(let text):
            return style.wrap(text) + "\n"
        case .list(let items, let ordered):
            let marks = items.indices.map { ordered ? "\($0 + 1). " : "- " }
            let width = marks.map(\.count).max() ?? 2
            return items.indices.map { index in
                let mark = marks[index]
                return style.wrap(
                    items[index], indent: "  " + String(repeating: " ", count: width),
                    firstIndent: "  " + mark + String(repeating: " ", count: width - mark.count))
            }.joined() + "\n"
        case .keyPoint(let text):
            let label = "Key point: "
            let lines = TextWrapper.wrap(label + text, width: style.width - 2)
            return lines.enumerated().map { index, line in
                let shown = index == 0 ? style.accent(label) + String(line.dropFirst(label.count)) : line
                return "| " + shown + "\n"
            }.joined() + "\n"
        }
    }
}
