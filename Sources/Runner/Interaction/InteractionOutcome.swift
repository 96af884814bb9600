/// How reading lessons or taking a quiz on a terminal ended.
public enum InteractionOutcome: Sendable, Equatable {
    /// It ran to the end: the last lesson was finished, or every question answered.
    case finished
    /// The learner typed `q`.
    case quit
    /// Input ended (or was interrupted) before the end.
    case endOfInput
}
