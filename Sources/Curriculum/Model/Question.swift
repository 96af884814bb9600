/// One answer option of a choice question.
public struct Choice: Sendable, Equatable {
    /// What the option says.
    public var text: String
    /// Whether picking it is right (for a weighted choice: whether its weight is above 0).
    public var isCorrect: Bool
    /// Shown when this option is picked: why it is right or wrong.
    public var feedback: String?
    /// The credit picking it earns or costs, when the question weighs its choices (as
    /// Moodle banks do); nil for a choice that is simply right or wrong.
    public var weight: Weight?

    /// Makes a choice that is right or wrong.
    public init(text: String, isCorrect: Bool, feedback: String? = nil) {
        self.text = text
        self.isCorrect = isCorrect
        self.feedback = feedback
        self.weight = nil
    }

    /// Makes a weighted choice; it counts as correct when its weight is above 0.
    public init(text: String, weight: Weight, feedback: String? = nil) {
        self.text = text
        self.isCorrect = weight > .zero
        self.feedback = feedback
        self.weight = weight
    }

    /// The weight picking it carries: its own, else full credit if correct and none if not.
    public var effectiveWeight: Weight {
        weight ?? (isCorrect ? .full : .zero)
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
    /// Typed text that matches an accepted answer: spacing folded, case ignored unless the
    /// key says otherwise, `*` as a wildcard; each answer may carry a weight.
    case shortAnswer(ShortAnswerKey)
    /// A number within the tolerance (or range) of an accepted answer; each may carry a weight.
    case numerical([NumericAnswer])
    /// Each item paired with its answer; credit is the share of items matched rightly.
    case matching(Matching)

    /// The kind's name as the quiz file spells it.
    public var name: String {
        switch self {
        case .singleChoice: "single"
        case .multipleSelect: "multiple"
        case .trueFalse: "truefalse"
        case .shortAnswer: "short"
        case .numerical: "numerical"
        case .matching: "matching"
        }
    }

    /// The choices of a choice question; empty for other kinds.
    public var choices: [Choice] {
        switch self {
        case .singleChoice(let choices), .multipleSelect(let choices): choices
        case .trueFalse, .shortAnswer, .numerical, .matching: []
        }
    }

    /// Whether the choices carry weights (partial credit as Moodle gives it) rather than
    /// being simply right or wrong.
    public var weighsChoices: Bool {
        choices.contains { $0.weight != nil }
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

extension QuestionKind {
    /// The element names of the kinds in a quiz file.
    public static let elementNames: Set<String> = ["single", "multiple", "truefalse", "short", "numerical", "matching"]
}
