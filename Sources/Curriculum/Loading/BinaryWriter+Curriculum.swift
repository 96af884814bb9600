import PeerTrackCore

/// The curriculum as a snapshot writes it: modules with their lessons, then quizzes with
/// their questions, field by field in declaration order.
extension BinaryWriter {
    mutating func curriculum(_ curriculum: Curriculum) {
        int(curriculum.modules.count)
        curriculum.modules.forEach { module($0) }
        int(curriculum.quizzes.count)
        curriculum.quizzes.forEach { quiz($0) }
    }

    mutating func source(_ source: Source) {
        optional(source.seed)
        optional(source.url)
        string(source.title)
    }

    private mutating func module(_ module: Module) {
        string(module.id)
        int(module.order)
        string(module.title)
        string(module.summary)
        optional(module.quizID)
        int(module.lessons.count)
        for lesson in module.lessons {
            string(lesson.id)
            string(lesson.title)
            int(lesson.blocks.count)
            for block in lesson.blocks {
                switch block {
                case .heading(let text): int(0); string(text)
                case .paragraph(let text): int(1); string(text)
                case .keyPoint(let text): int(2); string(text)
                case .list(let items, let ordered): int(ordered ? 4 : 3); strings(items)
                }
            }
            int(lesson.sources.count)
            lesson.sources.forEach { source($0) }
        }
    }

    private mutating func quiz(_ quiz: Quiz) {
        string(quiz.id)
        string(quiz.moduleID)
        int(quiz.version)
        string(quiz.title)
        optional(quiz.description)
        int(quiz.passMark)
        optional(quiz.drawCount)
        bool(quiz.shufflesChoices)
        optional(quiz.ceHours?.hundredths)
        optional(quiz.ceCategory)
        bool(quiz.spreadsOverTopics)
        int(quiz.declaredTopics.count)
        for topic in quiz.declaredTopics {
            string(topic.id)
            string(topic.title)
        }
        int(quiz.questions.count)
        for question in quiz.questions {
            string(question.id)
            string(question.prompt)
            kind(question.kind)
            string(question.explanation)
            source(question.source)
            optional(question.rule)
            optional(question.value)
            optional(question.namedTopic)
        }
    }

    /// A tag for the kind (0 single, 1 multiple, 2 false, 3 true, 4 short, 5 numerical,
    /// 6 matching), then what it holds.
    private mutating func kind(_ kind: QuestionKind) {
        switch kind {
        case .singleChoice(let choices), .multipleSelect(let choices):
            int(kind.name == "single" ? 0 : 1)
            int(choices.count)
            for choice in choices {
                string(choice.text)
                bool(choice.isCorrect)
                optional(choice.feedback)
                optional(choice.weight?.units)
            }
        case .trueFalse(let answer):
            int(answer ? 3 : 2)
        case .shortAnswer(let key):
            int(4)
            bool(key.caseSensitive)
            int(key.answers.count)
            for answer in key.answers {
                string(answer.text)
                int(answer.weight.units)
                optional(answer.feedback)
            }
        case .numerical(let answers):
            int(5)
            int(answers.count)
            for answer in answers {
                double(answer.value)
                double(answer.tolerance)
                int(answer.weight.units)
                optional(answer.feedback)
            }
        case .matching(let matching):
            int(6)
            int(matching.pairs.count)
            for pair in matching.pairs {
                string(pair.item)
                string(pair.answer)
            }
            strings(matching.distractors)
        }
    }
}
