import PeerXML

/// The checks a schema cannot express: ids unique across files, references that resolve,
/// exactly one right answer where one is expected, draws that fit their pools.
struct CurriculumChecker {
    var modules: [LocatedModule]
    var quizzes: [LocatedQuiz]

    func diagnostics() -> [XMLDiagnostic] {
        var found: [XMLDiagnostic] = []
        found += duplicates(modules.map { ($0.module.id, $0.location) }, what: "module id")
        found += duplicates(modules.map { ("\($0.module.order)", $0.location) }, what: "module order")
        found += duplicates(modules.flatMap { zip($0.module.lessons.map(\.id), $0.lessonLocations) }, what: "lesson id")
        found += duplicates(quizzes.map { ($0.quiz.id, $0.location) }, what: "quiz id")
        found += duplicates(quizzes.flatMap { zip($0.quiz.questions.map(\.id), $0.questionLocations) }, what: "question id")
        found += references()
        for located in quizzes {
            found += quizRules(located)
        }
        found += blankText()
        found += seedCitations()
        return found
    }

    /// Text elements that hold only white space (the schemas require some characters; this
    /// requires some that are not spaces).
    private func blankText() -> [XMLDiagnostic] {
        var found: [XMLDiagnostic] = []
        func check(_ texts: [String], _ location: Location, _ what: String) {
            if texts.contains(where: \.isEmpty) {
                found.append(location.diagnostic("\(what) has an element with only white space; write its text or remove it"))
            }
        }
        for located in modules {
            check([located.module.title, located.module.summary], located.location, "module '\(located.module.id)'")
            for (lesson, location) in zip(located.module.lessons, located.lessonLocations) {
                let blocks = lesson.blocks.flatMap { block -> [String] in
                    switch block {
                    case .heading(let text), .paragraph(let text), .keyPoint(let text): [text]
                    case .list(let items, _): items
                    }
                }
                check([lesson.title] + blocks + lesson.sources.map(\.title), location, "lesson '\(lesson.id)'")
            }
        }
        for located in quizzes {
            check([located.quiz.title] + (located.quiz.description.map { [$0] } ?? []), located.location, "quiz '\(located.quiz.id)'")
            for (question, location) in zip(located.quiz.questions, located.questionLocations) {
                var texts = [question.prompt, question.explanation, question.source.title] + question.kind.choices.map(\.text)
                switch question.kind {
                case .shortAnswer(let key): texts += key + key.answers.compactMap(\.feedback)
                case .numerical(let answers): texts += answers.compactMap(\.feedback)
                case .matching(let matching): texts += matching.pairs.flatMap { [$0.item, $0.answer] } + matching.distractors
                case .singleChoice, .multipleSelect, .trueFalse: break
                }
                check(texts, location, "question '\(question.id)'")
            }
        }
        return found
    }

    private func duplicates(_ entries: [(String, Location)], what: String) -> [XMLDiagnostic] {
        var first: [String: Location] = [:]
        var found: [XMLDiagnostic] = []
        for (id, location) in entries {
            if let earlier = first[id] {
                found.append(location.diagnostic("duplicate \(what) '\(id)': already used at \(earlier.short); ids must be unique"))
            } else {
                first[id] = location
            }
        }
        return found
    }

    private func references() -> [XMLDiagnostic] {
        var found: [XMLDiagnostic] = []
        let moduleIDs = Dictionary(modules.map { ($0.module.id, $0) }, uniquingKeysWith: { first, _ in first })
        let quizIDs = Dictionary(quizzes.map { ($0.quiz.id, $0) }, uniquingKeysWith: { first, _ in first })
        for located in modules {
            guard let quizID = located.module.quizID else { continue }
            if let quiz = quizIDs[quizID] {
                if quiz.quiz.moduleID != located.module.id {
                    found.append(located.location.diagnostic(
                        "module '\(located.module.id)' names quiz '\(quizID)', but that quiz tests module '\(quiz.quiz.moduleID)' (\(quiz.location.short))"))
                }
            } else {
                found.append(located.location.diagnostic(
                    "module '\(located.module.id)' names quiz '\(quizID)', which does not exist; expected one of: \(quizIDs.keys.sorted().joined(separator: ", "))"))
            }
        }
        for located in quizzes where moduleIDs[located.quiz.moduleID] == nil {
            found.append(located.location.diagnostic(
                "quiz '\(located.quiz.id)' tests module '\(located.quiz.moduleID)', which does not exist; expected one of: \(moduleIDs.keys.sorted().joined(separator: ", "))"))
        }
        return found
    }

    private func quizRules(_ located: LocatedQuiz) -> [XMLDiagnostic] {
        let quiz = located.quiz
        var found: [XMLDiagnostic] = []
        if !(1...100).contains(quiz.passMark) {
            found.append(located.location.diagnostic("passMark is \(quiz.passMark); expected a percentage from 1 to 100"))
        }
        if let draw = quiz.drawCount, draw > quiz.questions.count {
            found.append(located.location.diagnostic("draw is \(draw), but the quiz has only \(quiz.questions.count) questions"))
        }
        if (quiz.ceHours == nil) != (quiz.ceCategory == nil) {
            found.append(located.location.diagnostic("ceHours and ceCategory go together: give both or neither"))
        }
        found += topicRules(located)
        for (question, location) in zip(quiz.questions, located.questionLocations) {
            found += questionRules(question).map { location.diagnostic("question '\(question.id)': \($0)") }
        }
        return found
    }

    /// A draw spread over topics needs declared topics, each with a question, and every
    /// question's topic among them.
    private func topicRules(_ located: LocatedQuiz) -> [XMLDiagnostic] {
        let quiz = located.quiz
        var found: [XMLDiagnostic] = []
        if quiz.spreadsOverTopics, quiz.declaredTopics.isEmpty {
            found.append(located.location.diagnostic("spread=\"topics\" needs a <topics> list naming the topics the draw covers"))
        }
        if quiz.spreadsOverTopics, quiz.drawCount == nil {
            found.append(located.location.diagnostic("spread=\"topics\" needs a draw: without one every question is asked"))
        }
        guard !quiz.declaredTopics.isEmpty else { return found }
        let declared = Set(quiz.declaredTopics.map(\.id))
        let asked = Set(quiz.questions.compactMap(\.topic))
        for topic in quiz.declaredTopics where !asked.contains(topic.id) {
            found.append(located.location.diagnostic("topic '\(topic.id)' has no question; a draw spread over topics needs one per topic"))
        }
        for (question, location) in zip(quiz.questions, located.questionLocations) {
            if let topic = question.topic, !declared.contains(topic) {
                found.append(location.diagnostic(
                    "question '\(question.id)': its topic '\(topic)' is not one of the quiz's topics (\(quiz.declaredTopics.map(\.id).joined(separator: ", ")))"))
            }
        }
        return found
    }

    /// What a trainer should look at but may keep: a correct choice much longer than the
    /// others (guessable by its length), and wrong choices without feedback.
    func warnings() -> [XMLDiagnostic] {
        var found: [XMLDiagnostic] = []
        for located in quizzes {
            for (question, location) in zip(located.quiz.questions, located.questionLocations) {
                let choices = question.kind.choices
                if case .singleChoice = question.kind, let correct = choices.first(where: \.isCorrect) {
                    let others = choices.filter { !$0.isCorrect }.map(\.text.count)
                    if let longest = others.max(), longest > 0, Double(correct.text.count) > 1.5 * Double(longest) {
                        let ratio = (Double(correct.text.count) / Double(longest) * 10).rounded() / 10
                        found.append(location.diagnostic(
                            "warning: question '\(question.id)': the correct choice is \(ratio) times as long as the longest other choice, so its length gives it away; make the choices of comparable length"))
                    }
                }
                let bare = choices.enumerated().filter { !$0.element.isCorrect && $0.element.feedback == nil }.map(\.offset)
                if !bare.isEmpty {
                    found.append(location.diagnostic(
                        "warning: question '\(question.id)': \(bare.count) wrong choice(s) without feedback (choice \(bare.map { String($0 + 1) }.joined(separator: ", "))); say why each is wrong"))
                }
            }
        }
        return found
    }

    private func questionRules(_ question: Question) -> [String] {
        var problems: [String] = []
        let choices = question.kind.choices
        let correct = choices.filter(\.isCorrect).count
        switch question.kind {
        case .singleChoice where question.kind.weighsChoices, .multipleSelect where question.kind.weighsChoices:
            problems += choiceWeightRules(question.kind)
        case .singleChoice:
            if correct != 1 {
                problems.append("a single-choice question needs exactly one correct choice; it has \(correct)")
            }
        case .multipleSelect:
            if correct == 0 {
                problems.append("a multiple-select question needs at least one correct choice; it has none")
            } else if correct == choices.count {
                problems.append("a multiple-select question needs at least one wrong choice; every choice is marked correct")
            }
        case .shortAnswer(let accepted):
            if accepted.contains(where: { AnswerNormalizer.normalize($0).isEmpty }) {
                problems.append("an accepted answer is empty")
            }
            problems += answerWeightRules(accepted.answers.map(\.weight), what: "accepted answer")
        case .numerical(let answers):
            for (index, answer) in answers.enumerated() where !answer.value.isFinite || !answer.tolerance.isFinite {
                problems.append("answer \(index + 1) is not a number")
            }
            problems += answerWeightRules(answers.map(\.weight), what: "answer")
        case .matching(let matching):
            var items: Set<String> = []
            for pair in matching.pairs where !items.insert(AnswerNormalizer.normalize(pair.item)).inserted {
                problems.append("the item '\(pair.item)' appears twice")
            }
            if matching.options.count > 26 {
                problems.append("a matching question offers at most 26 answers (a to z); it has \(matching.options.count)")
            }
        case .trueFalse:
            break
        }
        var seen: Set<String> = []
        for choice in choices where !seen.insert(AnswerNormalizer.normalize(choice.text)).inserted {
            problems.append("the choice '\(choice.text)' appears twice")
        }
        if question.source.seed == nil, question.source.url == nil, question.source.title.isEmpty {
            problems.append("the source is empty; cite a seed file or a public document")
        }
        return problems
    }
}

/// How short answers are compared: with white space folded and, unless the question's key
/// is case-sensitive, without regard to case.
public enum AnswerNormalizer {
    /// Lower-cases, trims and folds runs of white space to one space.
    public static func normalize(_ text: String) -> String {
        XMLElement.foldWhitespace(text.lowercased())
    }

    /// Trims and folds white space, lower-casing unless `caseSensitive`.
    public static func normalize(_ text: String, caseSensitive: Bool) -> String {
        caseSensitive ? XMLElement.foldWhitespace(text) : normalize(text)
    }
}
