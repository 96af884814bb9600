import Curriculum

/// Writes a quiz as GIFT that Moodle imports: a `$CATEGORY:` for the quiz (and for each
/// topic), then each question with a `// [id:...] [tag:...]` comment, its `::id::` title,
/// `[plain]` text, answers with weights and feedback, and `####` general feedback.
public enum GIFTWriter {
    /// The bank's text.
    public static func text(of quiz: Quiz) -> String {
        var text = "// \(quiz.title) (\(quiz.id)), written by PeerTrack\n\n"
        text += "$CATEGORY: \(BankConventions.categoryPath(quiz: quiz))\n\n"
        if let description = quiz.description {
            // A description question would be shown before the first question; the quiz's
            // introduction is kept as a comment instead.
            text += description.split(whereSeparator: \.isNewline).map { "// \($0)\n" }.joined() + "\n"
        }
        var currentTopic: String?
        for question in quiz.questions {
            let topic = BankConventions.topic(of: question, in: quiz)
            if topic?.id != currentTopic {
                text += "$CATEGORY: \(BankConventions.categoryPath(quiz: quiz, topic: topic))\n\n"
                currentTopic = topic?.id
            }
            text += GIFTWriter.question(question, in: quiz) + "\n"
        }
        return text
    }

    static func question(_ question: Question, in quiz: Quiz) -> String {
        let marks = ["[id:\(question.id)]"] + BankConventions.tags(of: question, in: quiz).map { "[tag:\($0)]" }
        var text = "// " + marks.joined(separator: " ") + "\n"
        text += "::\(question.id)::[plain]\(GIFTEscapes.escape(question.prompt)) {\n"
        switch question.kind {
        case .singleChoice(let choices):
            let plain = !question.kind.weighsChoices
            for choice in choices {
                let marker = plain ? (choice.isCorrect ? "=" : "~") : (choice.effectiveWeight == .full ? "=" : "~\(percent(choice.effectiveWeight))")
                text += "\t\(marker)\(GIFTEscapes.escape(choice.text))\(feedback(choice.feedback))\n"
            }
        case .multipleSelect(let choices):
            let weights = question.kind.weighsChoices ? choices.map(\.effectiveWeight) : BankConventions.standInWeights(choices)
            for (choice, weight) in zip(choices, weights) {
                text += "\t~\(percent(weight))\(GIFTEscapes.escape(choice.text))\(feedback(choice.feedback))\n"
            }
        case .trueFalse(let value):
            text += "\t\(value ? "TRUE" : "FALSE")\n"
        case .shortAnswer(let key):
            for answer in key.answers {
                let weight = answer.weight == .full ? "" : percent(answer.weight)
                text += "\t=\(weight)\(GIFTEscapes.escape(answer.text))\(feedback(answer.feedback))\n"
            }
        case .numerical(let answers):
            text += "\t#\n"
            for answer in answers {
                let weight = answer.weight == .full ? "" : percent(answer.weight)
                let tolerance = answer.tolerance == 0 ? "" : ":" + QuizFileWriter.decimal(answer.tolerance)
                text += "\t=\(weight)\(QuizFileWriter.decimal(answer.value))\(tolerance)\(feedback(answer.feedback))\n"
            }
        case .matching(let matching):
            for pair in matching.pairs {
                text += "\t=\(GIFTEscapes.escape(pair.item)) -> \(GIFTEscapes.escape(pair.answer))\n"
            }
            for distractor in matching.distractors {
                text += "\t= -> \(GIFTEscapes.escape(distractor))\n"
            }
        }
        text += "\t####" + BankConventions.generalFeedback(of: question).map(GIFTEscapes.escape).joined(separator: "\\n\\n") + "\n"
        text += "}\n"
        return text
    }

    private static func percent(_ weight: Weight) -> String {
        "%\(weight.description)%"
    }

    private static func feedback(_ text: String?) -> String {
        text.map { "#" + GIFTEscapes.escape($0) } ?? ""
    }
}
