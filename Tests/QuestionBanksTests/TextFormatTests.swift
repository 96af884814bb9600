import Testing

@testable import QuestionBanks

/// Bank text in each of Moodle's formats, as a terminal shows it.
struct TextFormatTests {
    @Test func htmlParagraphsListsBoldAndEntities() {
        let html = "<p>First &amp; <B>bold</B>.</p><ol><li>one</li><li>two</li></ol><ul><li>dot</li></ul>a&nbsp;b &#233; &#x263A; &unknown; 3 < 4"
        #expect(TextFormat.html.paragraphs(html) == ["First & *bold*.", "1. one", "2. two", "• dot", "a b é ☺ &unknown; 3 < 4"])
    }

    @Test func imagesAndFilesBesideTheQuestionBecomeNotes() {
        let html = #"<p>See <img src="@@PLUGINFILE@@/chart%201.png"> and <img src="x.png" alt="A chart">, <a href="@@PLUGINFILE@@/form.pdf">the form</a>.</p>"#
        #expect(TextFormat.html.line(html) == "See [image not shown: chart 1.png] and [image not shown: A chart], the form [file not included: form.pdf].")
    }

    @Test func scriptsStylesAndCommentsAreNotText() {
        #expect(TextFormat.html.line("<style>p { color: red }</style><!-- <p>hidden</p> --><script>alert(1)</script><p>Shown</p>") == "Shown")
    }

    @Test func moodleFormatKeepsLineBreaksAsBreaks() {
        #expect(TextFormat.moodle.paragraphs("One line\nand <b>another</b>") == ["One line", "and *another*"])
    }

    @Test func markdownListsLinksAndEmphasis() {
        let markdown = "# Heading\n\nSome **bold** and _soft_ text with a [link](https://example.org).\n\n- one\n- two\n1. first\n![diagram](d.png)"
        #expect(TextFormat.markdown.paragraphs(markdown) == [
            "Heading", "Some *bold* and soft text with a link (https://example.org).", "• one", "• two", "1. first [image not shown: diagram]",
        ])
    }

    @Test func plainTextIsShownAsWritten() {
        #expect(TextFormat.plain.line("<b>not bold</b> &amp;") == "<b>not bold</b> &amp;")
    }
}
