import Curriculum

extension Curriculum {
    /// The module with this id, or an error listing the ids.
    public func requireModule(_ id: String) throws(RunnerError) -> Module {
        guard let module = module(id) else { throw .unknownModule(id, known: modules.map(\.id)) }
        return module
    }

    /// The quiz with this id (or the quiz of the module with this id), or an error listing
    /// the quiz ids.
    public func requireQuiz(_ id: String) throws(RunnerError) -> Quiz {
        if let quiz = quiz(id) { return quiz }
        if let module = module(id), let quiz = quiz(for: module) { return quiz }
        throw .unknownQuiz(id, known: quizzes.map(\.id))
    }
}
