import Foundation
import PeerXML

/// The transcript format's name, version and published schema.
public enum TranscriptFormat {
    /// The XML namespace of format version 1.
    public static let namespace = "urn:peertrack:transcript:1"
    /// The value of the root's `version` attribute.
    public static let version = "1"
    /// The deepest element nesting accepted (the format itself needs 6).
    public static let maxDepth = 16
    /// The longest text of one element, or value of one attribute, accepted, in bytes.
    public static let maxTextBytes = 1 << 20
    /// The most elements one `<Person>` may hold, itself included: about 10,000 records.
    /// With `maxTextBytes`, this bounds the memory a transcript of any size is read in.
    public static let maxPersonElements = 100_000

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

    /// The schema a transcript is read with: the published one without its two
    /// `xs:unique` constraints, which `TranscriptReader` checks itself in a few bytes per
    /// id (libxml2 keeps a table of every id, hundreds of bytes per record). Compiled once.
    static func streamingSchema() throws -> XMLSchema {
        try compiledStreamingSchema.get()
    }

    private static let compiledStreamingSchema = Result<XMLSchema, Error> {
        try XMLSchema(text: withoutIdentityConstraints(try schemaText), name: "transcript.xsd")
    }

    /// A schema's text with every `<xs:unique>...</xs:unique>` taken out.
    static func withoutIdentityConstraints(_ text: String) -> String {
        var rest = Substring(text)
        var kept = ""
        while let start = rest.range(of: "<xs:unique "), let end = rest.range(of: "</xs:unique>", range: start.upperBound..<rest.endIndex) {
            kept += rest[rest.startIndex..<start.lowerBound]
            rest = rest[end.upperBound...]
        }
        return kept + rest
    }
}
