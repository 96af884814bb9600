import Tracker

extension Learner {
    /// The `--as` option to repeat in commands shown to this learner, if it was given.
    public var asOption: String {
        source == .option ? " --as \(id)" : ""
    }
}
