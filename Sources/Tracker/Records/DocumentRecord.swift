import PeerTrackCore

/// A document received for a certification step, such as a reference form: from whom, on
/// which day, and the file kept as its evidence (named by its SHA-256), if one was.
public struct DocumentRecord: Sendable, Equatable {
    public var stamp: RecordStamp
    /// Whom it is about.
    public var person: String
    /// The requirement it meets (`references`).
    public var item: String
    /// The day it was received.
    public var date: Day
    /// Who wrote or sent it.
    public var from: String
    /// The file's SHA-256, if a file was kept.
    public var sha256: String?
    /// The file's name when it was recorded.
    public var fileName: String?
    /// The file's size in bytes.
    public var size: Int?

    /// Reads a `document` record; nil for another kind, one without a real date, or one
    /// naming a malformed hash.
    public init?(_ record: Record) {
        guard record.kind == .document, let person = record["person"], let item = record["item"], let date = record.day("date"),
            let from = record["from"]
        else { return nil }
        let sha256 = record["sha256"]
        if let sha256, !SHA256.isHexDigest(sha256) { return nil }
        self.stamp = RecordStamp(record)
        self.person = person
        self.item = item
        self.date = date
        self.from = from
        self.sha256 = sha256
        self.fileName = record["name"]
        self.size = record.int("size")
    }
}
