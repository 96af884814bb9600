import PeerTrackCore

/// A quiz on one module: its rules for drawing and passing, and its pool of questions.
public struct Quiz: Sendable, Equatable, Identifiable {
    /// Stable identifier, unique across the curriculum.
    public var id: String
    /// The module the quiz tests.
    public var moduleID: String
    /// The quiz file's version; bump it when questions change.
    public var version: Int
    /// The quiz's title.
    public var title: String
    /// An optional introduction shown before the first question.
    public var description: String?
    /// The lowest score, in percent, that passes.
    public var passMark: Int
    /// How many questions one attempt draws from the pool; nil asks them all.
    public var drawCount: Int?
    /// Whether the choices of each question are shuffled.
    public var shufflesChoices: Bool
    /// CE hours awarded for passing (in-service training).
    public var ceHours: Hours?
    /// The CE category those hours count in.
    public var ceCategory: String?
    /// The topics the quiz declares, in file order: what a spread draw covers.
    public var declaredTopics: [QuizTopic]
    /// Whether an attempt's draw is spread over the questions' topics.
    public var spreadsOverTopics: Bool
    /// The pool of questions, in file order.
    public var questions: [Question]

    /// Makes a quiz.
    public init(
        id: String, moduleID: String, version: Int, title: String, description: String? = nil, passMark: Int,
        drawCount: Int? = nil, shufflesChoices: Bool = false, ceHours: Hours? = nil, ceCategory: String? = nil,
        declaredTopics: [QuizTopic] = [], spreadsOverTopics: Bool = false, questions: [Question]
    ) {
        self.id = id
        self.moduleID = moduleID
        self.version = version
        self.title = title
        self.description = description
        self.passMark = passMark
        self.drawCount = drawCount
        self.shufflesChoices = shufflesChoices
        self.ceHours = ceHours
        self.ceCategory = ceCategory
        self.declaredTopics = declaredTopics
        self.spreadsOverTopics = spreadsOverTopics
        self.questions = questions
    }

    /// How many questions one attempt asks.
    public var questionsPerAttempt: Int {
        min(drawCount ?? questions.count, questions.count)
    }
}

/// A topic a quiz declares: an id that questions name, and what it is about.
public struct QuizTopic: Sendable, Equatable {
    /// The id questions name in `topic` (or `rule-N` for a rule of conduct).
    public var id: String
    /// What the topic is, for people.
    public var title: String

    /// Makes a topic.
    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }
}

extension Quiz {
    /// The topics a spread draw covers: the declared ones, else the distinct topics of
    /// the pool in the order they first appear.
    public var topics: [String] {
        if !declaredTopics.isEmpty { return declaredTopics.map(\.id) }
        var seen = Set<String>()
        return questions.compactMap(\.topic).filter { seen.insert($0).inserted }
    }

    /// The values of the NC CPSS Code of Ethics the pool tests, lowest first: what a
    /// spread draw covers at least half of once it has covered the topics.
    public var values: [Int] {
        Set(questions.compactMap(\.value)).sorted()
    }
}
