import Curriculum
import Runner
import Testing

struct ScreenTests {
    @Test func wrappingKeepsEveryLineWithinTheWidth() {
        let text = String(repeating: "peer support works through shared experience ", count: 20)
        for width in [20, 33, 80] {
            let lines = TextWrapper.wrap(text, width: width, indent: "    ", firstIndent: "  - ")
            #expect(lines.allSatisfy { $0.count <= width })
            #expect(lines[0].hasPrefix("  - peer"))
            #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("    ") })
            let words = lines.joined(separator: " ").split(separator: " ").dropFirst()
            #expect(words.joined(separator: " ") == text.split(separator: " ").joined(separator: " "))
        }
    }

    @Test func aWordLongerThanTheLineStandsAlone() {
        #expect(TextWrapper.wrap("see https://example.org/a/very/long/address now", width: 20) == ["see", "https://example.org/a/very/long/address", "now"])
    }

    @Test func noEscapeCodesWithoutColour() {
        let style = TextStyle(color: false, width: 60)
        let pages = LessonPages.pages(of: Sample.module.lessons[0], style: style)
        let question = QuizScreens.question(AskedQuestion(question: Sample.single, choiceOrder: [0, 1, 2, 3]), number: 4, total: 20, style: style)
        for text in pages + [question] {
            #expect(!text.contains("\u{1B}"))
        }
    }

    @Test func colourAddsEscapeCodesButKeepsTheWords() {
        let style = TextStyle(color: true, width: 60)
        let text = QuizScreens.question(AskedQuestion(question: Sample.single, choiceOrder: [0, 1, 2, 3]), number: 4, total: 20, style: style)
        #expect(text.contains("\u{1B}[1mQuestion 4 of 20\u{1B}[0m"))
        #expect(text.contains("b) Keep the appointment"))
    }

    @Test func lessonsShowHeadingsListsKeyPointsAndSources() {
        let page = LessonPages.pages(of: Sample.module.lessons[0], style: .plain).joined()
        #expect(page.hasPrefix("First lesson\n============\n"))
        #expect(page.contains("| Key point: Keep your word."))
        #expect(page.contains("  1. one\n  2. two\n"))
        #expect(page.contains("Sources\n  - Code of Ethics, rule 5 (001.txt)\n"))
    }

    @Test func longLessonsArePagedAtHeadings() {
        let paragraph = Block.paragraph(String(repeating: "words that fill a line of text ", count: 12))
        let lesson = Lesson(
            id: "long", title: "Long", blocks: [paragraph, paragraph, .heading("Second part"), paragraph, .heading("Third part"), paragraph],
            sources: [])
        let pages = LessonPages.pages(of: lesson, style: .plain, lines: 8)
        #expect(pages.count == 3)
        #expect(pages[1].hasPrefix("Second part\n-----------\n"))
    }

    @Test func questionScreensNumberTheQuestionAndLetterTheChoices() {
        let text = QuizScreens.question(AskedQuestion(question: Sample.multiple, choiceOrder: [2, 0, 1]), number: 4, total: 20, style: .plain)
        #expect(text == """

            Question 4 of 20
            Which are natural supports?
              a) A faith community
              b) Family
              c) A billing code
            (select all that apply: letters such as a,c)

            """)
    }

    @Test func feedbackGivesTheAnswerTheExplanationAndTheSource() {
        let asked = AskedQuestion(question: Sample.single, choiceOrder: [0, 1, 2, 3])
        let text = QuizScreens.feedback(AnswerOutcome(number: 1, asked: asked, answer: .choices([0])), style: .plain)
        #expect(text == """
            Not correct.
            Correct answer: b) Keep the appointment
            Your answer: a) Skip the appointment
            About a): A promise broken hurts trust.
            Why: Rule 5: honor commitments.
            Source: Code of Ethics, rule 5 (001.txt)

            """)
    }

    @Test func lessonReaderGoesBackAndExplainsUnknownKeys() throws {
        let terminal = ScriptedTerminal(["b", "x", "", "b", "q"])
        var finished: [String] = []
        let outcome = try LessonReader(module: Sample.module, terminal: terminal).read(from: 0) { lesson in
            finished.append(lesson.id)
            return nil
        }
        #expect(outcome == .quit)
        #expect(finished == ["lesson-one"])
        #expect(terminal.output.contains("This is the first page."))
        #expect(terminal.output.contains("Press Enter or type n for the next page, b to go back, q to quit."))
        #expect(terminal.output.contains("Sample module: lesson 2 of 2, page 1 of 1"))
    }
}
