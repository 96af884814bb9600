import Tracker

/// A transcript read from a file: its header and its people, with where each part was.
public struct Transcript: Sendable {
    /// The file's name as given, for diagnostics.
    public var file: String
    /// Who issued it, and when.
    public var header: TranscriptHeader
    /// Everyone in it, in document order.
    public var people: [PersonTranscript]
    /// Where the root element starts.
    public var position: SourcePosition

    /// Every record in the transcript, in document order.
    public var records: [Record] {
        people.flatMap(\.records)
    }
}
