import PeerTrackCore
import PeerXML

/// Where something with an id was defined, for pointing at it in a diagnostic.
struct Location: Sendable {
    var file: String
    var line: Int
    var column: Int

    init(file: String, element: XMLElement) {
        self.file = file
        self.line = element.line
        self.column = element.column
    }

    func diagnostic(_ message: String) -> XMLDiagnostic {
        XMLDiagnostic(file: file, line: line, column: column, message: message)
    }

    var short: String { "\(file):\(line)" }
}

/// A module read from its file, with the location of each id it defines.
struct LocatedModule {
    var module: Module
    var location: Location
    var lessonLocations: [Location]
}

/// A quiz read from its file, with the location of each id it defines.
struct LocatedQuiz {
    var quiz: Quiz
    var location: Location
    var questionLocations: [Location]
}

/// Turns schema-valid elements into the model. The schema has already guaranteed the
/// structure, so this only reads values; it reports (rather than assumes) the rest.
enum ContentParser {
    static func module(_ root: XMLElement, file: String) -> LocatedModule {
        var lessons: [Lesson] = []
        var locations: [Location] = []
        for element in root.children("lesson") {
            lessons.append(lesson(element))
            locations.append(Location(file: file, element: element))
        }
        let module = Module(
            id: root[attribute: "id"] ?? "", order: Int(root[attribute: "order"] ?? "") ?? 0,
            title: root.child("title")?.normalizedText ?? "", summary: root.child("summary")?.normalizedText ?? "",
            quizID: root[attribute: "quiz"], lessons: lessons)
        return LocatedModule(module: module, location: Location(file: file, element: root), lessonLocations: locations)
    }

    static func lesson(_ element: XMLElement) -> Lesson {
        let blocks: [Block] = (element.child("body")?.children ?? []).compactMap { block in
            switch block.name {
            case "heading": .heading(block.normalizedText)
            case "p": .paragraph(block.normalizedText)
            case "keypoint": .keyPoint(block.normalizedText)
            case "list": .list(block.children("item").map(\.normalizedText), ordered: boolean(block[attribute: "ordered"]))
            default: nil
            }
        }
        return Lesson(
            id: element[attribute: "id"] ?? "", title: element.child("title")?.normalizedText ?? "", blocks: blocks,
            sources: element.child("sources")?.children("source").map(source) ?? [])
    }

    static func source(_ element: XMLElement) -> Source {
        Source(seed: element[attribute: "seed"], url: element[attribute: "url"], title: element.normalizedText)
    }

    static func quiz(_ root: XMLElement, file: String) -> LocatedQuiz {
        var questions: [Question] = []
        var locations: [Location] = []
        for element in root.children where QuestionKind.elementNames.contains(element.name) {
            questions.append(question(element))
            locations.append(Location(file: file, element: element))
        }
        let quiz = Quiz(
            id: root[attribute: "id"] ?? "", moduleID: root[attribute: "module"] ?? "",
            version: Int(root[attribute: "version"] ?? "") ?? 1, title: root.child("title")?.normalizedText ?? "",
            description: root.child("description")?.normalizedText, passMark: Int(root[attribute: "passMark"] ?? "") ?? 100,
            drawCount: root[attribute: "draw"].flatMap { Int($0) }, shufflesChoices: boolean(root[attribute: "shuffle"]),
            ceHours: root[attribute: "ceHours"].flatMap { Hours($0) }, ceCategory: root[attribute: "ceCategory"],
            declaredTopics: root.child("topics")?.children("topic").map {
                QuizTopic(id: $0[attribute: "id"] ?? "", title: $0.normalizedText)
            } ?? [],
            spreadsOverTopics: root[attribute: "spread"] == "topics", questions: questions)
        return LocatedQuiz(quiz: quiz, location: Location(file: file, element: root), questionLocations: locations)
    }

    static func question(_ element: XMLElement) -> Question {
        let kind: QuestionKind =
            switch element.name {
            case "single": .singleChoice(choices(element))
            case "multiple": .multipleSelect(choices(element))
            case "truefalse": .trueFalse(boolean(element.child("answer")?.normalizedText))
            case "numerical": .numerical(numericAnswers(element))
            case "matching": .matching(matching(element))
            default: .shortAnswer(shortAnswerKey(element))
            }
        return Question(
            id: element[attribute: "id"] ?? "", prompt: element.child("prompt")?.normalizedText ?? "", kind: kind,
            explanation: element.child("explanation")?.normalizedText ?? "",
            source: element.child("source").map(source) ?? Source(title: ""),
            rule: element[attribute: "rule"].flatMap { Int($0) }, value: element[attribute: "value"].flatMap { Int($0) },
            topic: element[attribute: "topic"])
    }

    /// Choices right or wrong by `correct`, or weighted when a choice gives a weight.
    static func choices(_ element: XMLElement) -> [Choice] {
        element.children("choice").map { choice in
            let feedback = choice[attribute: "feedback"]
            if let weight = choice[attribute: "weight"].flatMap(Weight.init) {
                return Choice(text: choice.normalizedText, weight: weight, feedback: feedback)
            }
            return Choice(text: choice.normalizedText, isCorrect: boolean(choice[attribute: "correct"]), feedback: feedback)
        }
    }

    static func shortAnswerKey(_ element: XMLElement) -> ShortAnswerKey {
        ShortAnswerKey(
            element.children("accept").map {
                AcceptedAnswer($0.normalizedText, weight: weight($0), feedback: $0[attribute: "feedback"])
            },
            caseSensitive: boolean(element[attribute: "usecase"]))
    }

    static func numericAnswers(_ element: XMLElement) -> [NumericAnswer] {
        element.children("answer").map {
            NumericAnswer(
                value: Double($0.normalizedText) ?? .nan, tolerance: $0[attribute: "tolerance"].flatMap { Double($0) } ?? 0,
                weight: weight($0), feedback: $0[attribute: "feedback"])
        }
    }

    static func matching(_ element: XMLElement) -> Matching {
        Matching(
            pairs: element.children("pair").map {
                Matching.Pair(item: $0.child("item")?.normalizedText ?? "", answer: $0.child("answer")?.normalizedText ?? "")
            },
            distractors: element.children("distractor").map(\.normalizedText))
    }

    /// An element's `weight`, full credit when absent.
    private static func weight(_ element: XMLElement) -> Weight {
        element[attribute: "weight"].flatMap(Weight.init) ?? .full
    }

    /// XML Schema booleans: `true`/`1` and `false`/`0`, with surrounding white space.
    static func boolean(_ text: String?) -> Bool {
        let value = text?.split(whereSeparator: \.isWhitespace).joined() ?? ""
        return value == "true" || value == "1"
    }
}
