import PeerTrackCore

/// What completing a module in PeerTrack earns: in-service CE hours once every lesson is
/// read and the quiz is passed.
public struct ModuleCredit: Sendable, Equatable {
    /// The module's id and title.
    public var module: String
    public var moduleTitle: String
    /// The ids of the module's lessons, all of which must be read.
    public var lessons: [String]
    /// The quiz that must be passed, and its title.
    public var quiz: String
    public var quizTitle: String
    /// The hours it earns and the program category they count in.
    public var hours: Hours
    public var category: String

    /// Makes a credit.
    public init(module: String, moduleTitle: String, lessons: [String], quiz: String, quizTitle: String, hours: Hours, category: String) {
        self.module = module
        self.moduleTitle = moduleTitle
        self.lessons = lessons
        self.quiz = quiz
        self.quizTitle = quizTitle
        self.hours = hours
        self.category = category
    }
}
