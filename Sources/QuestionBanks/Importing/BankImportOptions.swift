import Curriculum

/// What the importer is told rather than reads from the bank.
public struct BankImportOptions: Sendable {
    /// The quiz's id; without it, the bank's category id or name, else the file's name.
    public var quizID: String?
    /// The module the quiz tests.
    public var moduleID: String
    /// The pass mark, in percent (banks have none).
    public var passMark: Int
    /// The quizzes already in the curriculum: the imported quiz takes none of their
    /// question ids, except those of a quiz with its own id, which it replaces.
    public var existingQuizzes: [Quiz]

    /// Makes options.
    public init(quizID: String? = nil, moduleID: String, passMark: Int = 80, existingQuizzes: [Quiz] = []) {
        self.quizID = quizID
        self.moduleID = moduleID
        self.passMark = passMark
        self.existingQuizzes = existingQuizzes
    }
}
