/// The documents PeerTrack writes for people to print or look at.
public enum DocumentKind: String, Sendable, CaseIterable {
    /// A one-page certificate of completion (PDF).
    case certificate
    /// The renewal packet a specialist attaches to an NC recertification (PDF).
    case packet
    /// The agency dashboard (one self-contained HTML file).
    case dashboard
}
