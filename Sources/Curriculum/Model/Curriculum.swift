/// The whole curriculum: modules in order and the quizzes that test them.
public struct Curriculum: Sendable, Equatable {
    /// Modules sorted by their order.
    public var modules: [Module]
    /// Quizzes sorted by the order of their modules.
    public var quizzes: [Quiz]

    /// Makes a curriculum; modules are sorted by order, quizzes by their module's order.
    public init(modules: [Module], quizzes: [Quiz]) {
        let sorted = modules.sorted { ($0.order, $0.id) < ($1.order, $1.id) }
        let position = Dictionary(sorted.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.modules = sorted
        self.quizzes = quizzes.sorted { (position[$0.moduleID] ?? .max, $0.id) < (position[$1.moduleID] ?? .max, $1.id) }
    }

    /// The module with this id.
    public func module(_ id: String) -> Module? {
        modules.first { $0.id == id }
    }

    /// The quiz with this id.
    public func quiz(_ id: String) -> Quiz? {
        quizzes.first { $0.id == id }
    }

    /// The quiz that tests a module.
    public func quiz(for module: Module) -> Quiz? {
        if let id = module.quizID, let quiz = quiz(id) { return quiz }
        return quizzes.first { $0.moduleID == module.id }
    }

    /// The lesson with this id and the module it belongs to.
    public func lesson(_ id: String) -> (Module, Lesson)? {
        for module in modules {
            if let lesson = module.lessons.first(where: { $0.id == id }) { return (module, lesson) }
        }
        return nil
    }

    /// Every question in every quiz.
    public var questionCount: Int {
        quizzes.reduce(0) { $0 + $1.questions.count }
    }
}
