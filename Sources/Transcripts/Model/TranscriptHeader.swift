/// Who issued a transcript, when, with what, and for whom (PESC: TransmissionData).
public struct TranscriptHeader: Sendable, Equatable {
    /// Whether the transcript is one person's or the whole roster's.
    public enum Scope: String, Sendable {
        /// One person: a renewal packet or a transfer.
        case person = "PersonTranscript"
        /// Everyone on the roster: an audit.
        case agency = "AgencyTranscript"
    }

    /// When it was issued, `YYYY-MM-DDTHH:MM:SSZ`.
    public var issued: String
    /// One person's, or everyone's.
    public var scope: Scope
    /// The issuing agency's name.
    public var agency: String
    /// The tool that wrote it.
    public var software: String
    /// That tool's version.
    public var softwareVersion: String

    /// Makes a header.
    public init(issued: String, scope: Scope, agency: String, software: String = "peertrack", softwareVersion: String) {
        self.issued = issued
        self.scope = scope
        self.agency = agency
        self.software = software
        self.softwareVersion = softwareVersion
    }
}
