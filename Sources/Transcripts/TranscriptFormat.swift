import Foundation
import PeerXML

/// The transcript format's name, version and published schema.
public enum TranscriptFormat {
    /// The XML namespace of format version 1.
    public static let namespace = "urn:peertrack:transcript:1"
    /// The value of the root's `version` attribute.
    public static let version = "1"
    /// The largest transcript accepted, in bytes.
    public static let maxBytes = 64 << 20
    /// The deepest element nesting accepted (the format itself needs 6).
    public static let maxDepth = 16

    /// The schema's text, as shipped (`peertrack schema transcript`).
    public static var schemaText: String {
        get throws {
            guard let url = Bundle.module.url(forResource: "transcript", withExtension: "xsd", subdirectory: "Schemas") else {
                throw TranscriptError.missingSchema
            }
            return try String(contentsOf: url, encoding: .utf8)
        }
    }

    /// The compiled schema.
    public static func schema() throws -> XMLSchema {
        try XMLSchema(text: try schemaText, name: "transcript.xsd")
    }
}
