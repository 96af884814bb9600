/// One answer option of a choice question.
public struct Choice: Sendable, Equatable {
    /// What the option says.
    public var text: String
    /// Whether picking it is right.
    public var isCorrect: Bool
    /// Shown when this option is picked: why it is right or wrong.
    public var feedback: String?

    /// Makes a choice.
    public init(text: String, isCorrect: Bool, feedback: String? = nil) {
        self.text = text
        self.isCorrect = isCorrect
        self.feedback = feedback
    }
}

/// What kind of answer a question takes, with what counts as right.
public enum QuestionKind: Sendable, Equatable {
    /// Exactly one choice is correct.
    case singleChoice([Choice])
    /// Every correct choice, and no other, must be picked.
    case multipleSelect([Choice])
    /// The statement is true or false.
    case trueFalse(Bool)
    /// Any accepted answer, compared without regard to case or spacing.
    case shortAnswer([String])

    /// The kind's name as the quiz file spells it.
    public var name: String {
        switch self {
        case .singleChoice: "single"
        case .multipleSelect: "multiple"
        case .trueFalse: "truefalse"
        case .shortAnswer: "short"
        }
    }

    /// The choices of a choice question; empty for other kinds.
    public var choices: [Choice] {
        switch self {
        case .singleChoice(let choices), .multipleSelect(let choices): choices
        case .trueFalse, .shortAnswer: []
        }
    }
}

/// One quiz question with its explanation and source.
public struct Question: Sendable, Equatable, Identifiable {
    /// Stable identifier, unique across the curriculum.
    public var id: String
    /// The question as asked.
    public var prompt: String
    /// The kind of answer and what is right.
    public var kind: QuestionKind
    /// Why the right answer is right; shown after answering.
    public var explanation: String
    /// Where the answer comes from.
    public var source: Source
    /// The NC CPSS Code of Ethics rule of conduct it tests, if any.
    public var rule: Int?
    /// The NC CPSS Code of Ethics value it tests, if any.
    public var value: Int?
    /// The topic named in the file, if any.
    public var namedTopic: String?

    /// Makes a question.
    public init(
        id: String, prompt: String, kind: QuestionKind, explanation: String, source: Source, rule: Int? = nil,
        value: Int? = nil, topic: String? = nil
    ) {
        self.id = id
        self.prompt = prompt
        self.kind = kind
        self.explanation = explanation
        self.source = source
        self.rule = rule
        self.value = value
        self.namedTopic = topic
    }

    /// What the question tests, for a draw spread over topics: its named topic, else its
    /// rule of conduct (`rule-N`), else none.
    public var topic: String? {
        namedTopic ?? rule.map { "rule-\($0)" }
    }
}
