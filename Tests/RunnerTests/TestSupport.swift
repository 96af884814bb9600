import Curriculum
import Foundation
import PeerTrackCore
import Runner
@testable import Tracker

/// Small quizzes built in code, one question of each kind.
enum Sample {
    static let source = Source(seed: "001.txt", title: "Code of Ethics, rule 5")

    static let single = Question(
        id: "q-single", prompt: "Which keeps a promise?",
        kind: .singleChoice([
            Choice(text: "Skip the appointment", isCorrect: false, feedback: "A promise broken hurts trust."),
            Choice(text: "Keep the appointment", isCorrect: true),
            Choice(text: "Send someone else", isCorrect: false),
            Choice(text: "Reschedule without asking", isCorrect: false),
        ]),
        explanation: "Rule 5: honor commitments.", source: source)

    static let multiple = Question(
        id: "q-multiple", prompt: "Which are natural supports?",
        kind: .multipleSelect([
            Choice(text: "Family", isCorrect: true),
            Choice(text: "A billing code", isCorrect: false),
            Choice(text: "A faith community", isCorrect: true),
        ]),
        explanation: "Natural supports are people and groups already in someone's life.", source: source)

    static let trueFalse = Question(
        id: "q-truefalse", prompt: "True or false: peer specialists diagnose.", kind: .trueFalse(false),
        explanation: "Diagnosis is outside the role.", source: Source(url: "https://example.org/role", title: "Role"))

    static let short = Question(
        id: "q-short", prompt: "What document explains privacy practices?",
        kind: .shortAnswer(["Notice of Privacy Practices", "NPP"]),
        explanation: "HIPAA requires it.", source: source)

    static func quiz(
        questions: [Question] = [single, multiple, trueFalse, short], passMark: Int = 75, draw: Int? = nil, shuffle: Bool = false,
        ceHours: Hours? = Hours(1), ceCategory: String? = "ethics"
    ) -> Quiz {
        Quiz(
            id: "sample-quiz", moduleID: "sample", version: 2, title: "Sample quiz", description: "Four questions.", passMark: passMark,
            drawCount: draw, shufflesChoices: shuffle, ceHours: ceHours, ceCategory: ceCategory, questions: questions)
    }

    /// A pool of `count` single-choice questions with four choices, the first correct.
    static func pool(_ count: Int) -> [Question] {
        (1...count).map { number in
            Question(
                id: "pool-\(number)", prompt: "Question \(number)?",
                kind: .singleChoice((1...4).map { Choice(text: "Choice \($0) of \(number)", isCorrect: $0 == 1) }),
                explanation: "Because.", source: source)
        }
    }

    static let module = Module(
        id: "sample", order: 1, title: "Sample module", summary: "A module for tests.", quizID: "sample-quiz",
        lessons: [
            Lesson(
                id: "lesson-one", title: "First lesson",
                blocks: [.paragraph("The first paragraph."), .keyPoint("Keep your word."), .list(["one", "two"], ordered: true)],
                sources: [source]),
            Lesson(id: "lesson-two", title: "Second lesson", blocks: [.heading("Part"), .paragraph("More text.")], sources: []),
        ])

    static var curriculum: Curriculum {
        Curriculum(modules: [module], quizzes: [quiz()])
    }

    /// The shown letters of the right answer to every question of a draw.
    static func rightAnswers(_ draw: QuizDraw) -> [String] {
        draw.questions.map { asked in
            switch asked.question.kind {
            case .singleChoice, .multipleSelect:
                return asked.choices.enumerated().filter(\.element.isCorrect).map { AskedQuestion.letter($0.offset) }.joined(separator: ",")
            case .trueFalse(let value):
                return value ? "t" : "f"
            case .shortAnswer(let accepted):
                return accepted[0]
            case .numerical(let answers):
                return NumericAnswer.text(answers.first { $0.weight == .full }?.value ?? 0)
            case .matching(let matching):
                return matching.key.enumerated().map { "\($0.offset + 1)\(asked.shownLetter(ofFileIndex: $0.element))" }.joined(separator: " ")
            }
        }
    }
}

/// A terminal that answers from a list and keeps what was shown.
final class ScriptedTerminal: Terminal {
    private(set) var output = ""
    private var input: [String]
    let isInteractive = false
    let usesColor: Bool
    let width: Int

    init(_ input: [String], color: Bool = false, width: Int = 80) {
        self.input = input
        self.usesColor = color
        self.width = width
    }

    func write(_ text: String) { output += text }

    func readLine() -> String? {
        input.isEmpty ? nil : input.removeFirst()
    }
}

/// A temporary folder that is removed when the test holding it ends.
final class Scratch {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("runner-tests-\(UUID().uuidString)")

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}

/// A tracker over a new store in `scratch`, with the repository's programs and a fixed clock.
func makeTracker(in scratch: Scratch, account: String = "tester", roster: Bool = true) throws -> Tracker {
    let directory = scratch.url.appendingPathComponent(UUID().uuidString)
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let programs = try ProgramLoader(directory: root.appendingPathComponent("Curriculum/programs")).load()
    let counter = Counter()
    let context = TrackerContext(
        now: { Date(timeIntervalSince1970: 1_767_225_600) },  // 2026-01-01T00:00:00Z
        account: account, newID: { counter.next() })
    let tracker = try Tracker(store: directory, programs: programs, context: context)
    if roster {
        try tracker.initialize(agency: "Test Agency", program: "nc-cpss")
        try tracker.addPerson(id: "jdoe", name: "Jane Doe", role: .specialist, login: account)
    }
    return tracker
}

/// Sequential record ids, so tests can read them.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next() -> String {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

extension String {
    /// The text with line breaks folded to spaces, for finding wrapped sentences.
    var flattened: String {
        split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
