import Tracker

/// What an import did.
public struct TranscriptImportSummary: Sendable {
    /// How many records were appended, not counting the `import` record.
    public var added: Int
    /// How many of the transcript's records the store held already.
    public var present: Int
    /// How many people the transcript holds.
    public var people: Int
    /// The `import` record noting the file, issuer and counts; nil when nothing was new.
    public var note: ImportNote?
}
