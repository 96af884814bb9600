/// A problem or remark about one place in a bank file, written `FILE:LINE: message`.
public struct BankDiagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    /// The bank file, as it was named.
    public var file: String
    /// The 1-based line; 0 when unknown.
    public var line: Int
    /// What is wrong or what was done, and what to do about it.
    public var message: String

    /// Makes a diagnostic.
    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        "\(file):\(max(line, 1)): \(message)"
    }
}
