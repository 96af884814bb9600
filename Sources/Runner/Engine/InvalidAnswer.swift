/// Why typed input is not an answer to the question; it is explained and asked again,
/// and never counts.
public struct InvalidAnswer: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was wrong and what to type instead.
    public var message: String

    /// Makes the explanation.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
