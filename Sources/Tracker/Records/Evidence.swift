import PeerTrackCore

/// A file attached to a CE record as its evidence (a certificate's PDF or a photo of it):
/// the record names the file by its SHA-256, under which the store keeps its bytes.
public struct Evidence: Sendable, Equatable {
    public var stamp: RecordStamp
    /// Whose record it is.
    public var person: String
    /// The id of the CE record the file is evidence for.
    public var target: String
    /// The file's SHA-256, 64 lowercase hex digits.
    public var sha256: String
    /// The file's name when it was attached (without its folder).
    public var fileName: String
    /// The file's size in bytes.
    public var size: Int

    /// Reads an `evidence` record; nil for another kind, or one without a well-formed hash
    /// and size.
    public init?(_ record: Record) {
        guard record.kind == .evidence, let target = record["target"], let sha256 = record["sha256"], let size = record.int("size"),
            size >= 0, SHA256.isHexDigest(sha256)
        else { return nil }
        self.stamp = RecordStamp(record)
        self.person = record["person"] ?? ""
        self.target = target
        self.sha256 = sha256
        self.fileName = record["name"] ?? ""
        self.size = size
    }

    /// The record's id.
    public var id: String { stamp.id }
}
