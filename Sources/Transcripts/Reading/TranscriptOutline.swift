import PeerXML

/// What a streamed transcript held, besides its people.
public struct TranscriptOutline: Sendable {
    /// The file's name as given, for diagnostics.
    public var file: String
    /// Who issued it, and when.
    public var header: TranscriptHeader
    /// Where the root element starts.
    public var position: SourcePosition
    /// How many people it holds.
    public var people: Int
    /// How many records it holds.
    public var records: Int
}
