import PeerTrackCore

/// The curriculum read back from a snapshot, in the order `BinaryWriter+Curriculum` wrote it.
extension BinaryReader {
    mutating func curriculum() throws -> Curriculum {
        var modules: [Module] = []
        for _ in 0..<(try count()) { modules.append(try module()) }
        var quizzes: [Quiz] = []
        for _ in 0..<(try count()) { quizzes.append(try quiz()) }
        return Curriculum(modules: modules, quizzes: quizzes)
    }

    mutating func source() throws -> Source {
        Source(seed: try optionalString(), url: try optionalString(), title: try string())
    }

    private mutating func module() throws -> Module {
        let id = try string()
        let order = try int()
        let title = try string()
        let summary = try string()
        let quizID = try optionalString()
        var lessons: [Lesson] = []
        for _ in 0..<(try count()) {
            let lessonID = try string()
            let lessonTitle = try string()
            var blocks: [Block] = []
            for _ in 0..<(try count()) {
                switch try int() {
                case 0: blocks.append(.heading(try string()))
                case 1: blocks.append(.paragraph(try string()))
                case 2: blocks.append(.keyPoint(try string()))
                case let tag where tag == 3 || tag == 4: blocks.append(.list(try strings(), ordered: tag == 4))
                default: throw Damaged()
                }
            }
            var sources: [Source] = []
            for _ in 0..<(try count()) { sources.append(try source()) }
            lessons.append(Lesson(id: lessonID, title: lessonTitle, blocks: blocks, sources: sources))
        }
        return Module(id: id, order: order, title: title, summary: summary, quizID: quizID, lessons: lessons)
    }

    private mutating func quiz() throws -> Quiz {
        let id = try string()
        let moduleID = try string()
        let version = try int()
        let title = try string()
        let description = try optionalString()
        let passMark = try int()
        let draw = try optionalInt()
        let shuffles = try bool()
        let hours = try optionalInt().map { Hours(hundredths: $0) }
        let category = try optionalString()
        let spreads = try bool()
        var topics: [QuizTopic] = []
        for _ in 0..<(try count()) { topics.append(QuizTopic(id: try string(), title: try string())) }
        var questions: [Question] = []
        for _ in 0..<(try count()) {
            let questionID = try string()
            let prompt = try string()
            let kind = try self.kind()
            questions.append(Question(
                id: questionID, prompt: prompt, kind: kind, explanation: try string(), source: try source(), rule: try optionalInt(),
                value: try optionalInt(), topic: try optionalString()))
        }
        return Quiz(
            id: id, moduleID: moduleID, version: version, title: title, description: description, passMark: passMark,
            drawCount: draw, shufflesChoices: shuffles, ceHours: hours, ceCategory: category, declaredTopics: topics,
            spreadsOverTopics: spreads, questions: questions)
    }

    private mutating func kind() throws -> QuestionKind {
        switch try int() {
        case let tag where tag == 0 || tag == 1:
            var choices: [Choice] = []
            for _ in 0..<(try count()) {
                let text = try string()
                let isCorrect = try bool()
                let feedback = try optionalString()
                if let units = try optionalInt() {
                    choices.append(Choice(text: text, weight: Weight(units: units), feedback: feedback))
                } else {
                    choices.append(Choice(text: text, isCorrect: isCorrect, feedback: feedback))
                }
            }
            return tag == 0 ? .singleChoice(choices) : .multipleSelect(choices)
        case 2: return .trueFalse(false)
        case 3: return .trueFalse(true)
        case 4:
            let caseSensitive = try bool()
            var answers: [AcceptedAnswer] = []
            for _ in 0..<(try count()) {
                answers.append(AcceptedAnswer(try string(), weight: Weight(units: try int()), feedback: try optionalString()))
            }
            return .shortAnswer(ShortAnswerKey(answers, caseSensitive: caseSensitive))
        case 5:
            var answers: [NumericAnswer] = []
            for _ in 0..<(try count()) {
                answers.append(NumericAnswer(
                    value: try double(), tolerance: try double(), weight: Weight(units: try int()), feedback: try optionalString()))
            }
            return .numerical(answers)
        case 6:
            var pairs: [Matching.Pair] = []
            for _ in 0..<(try count()) { pairs.append(Matching.Pair(item: try string(), answer: try string())) }
            return .matching(Matching(pairs: pairs, distractors: try strings()))
        default:
            throw Damaged()
        }
    }
}
