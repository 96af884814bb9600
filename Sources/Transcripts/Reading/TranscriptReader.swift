import Foundation
import PeerTrackCore
import PeerXML
import Tracker

/// Reads transcript files in one streaming pass, with the same safety as every other
/// PeerTrack file (no DOCTYPE, no entities, no network, a cap on depth): the schema is
/// checked as the bytes go by, each `<Person>` is decoded when its element closes and
/// handed over, then let go. Memory is bounded by the largest person and by the ids seen
/// (`HashedIDSet`), never by the size of the file.
public struct TranscriptReader: Sendable {
    /// Makes a reader.
    public init() {}

    /// The caps that bound memory (see the README's "Reading transcripts").
    public static let limits = StreamingXMLReader.Limits(
        maxDepth: TranscriptFormat.maxDepth, maxTextBytes: TranscriptFormat.maxTextBytes,
        maxItemElements: TranscriptFormat.maxPersonElements, itemName: "<Person>")

    /// Reads, validates and decodes a whole file into memory (for transcripts of a person
    /// or an agency; a statewide file is better streamed). Throws `XMLDocumentError` with
    /// every problem found.
    public func read(contentsOf url: URL, displayName: String? = nil) throws(XMLDocumentError) -> Transcript {
        var people: [PersonTranscript] = []
        let outline = try stream(contentsOf: url, displayName: displayName, person: { people.append($0) })
        return Transcript(file: outline.file, header: outline.header, people: people, position: outline.position)
    }

    /// Reads a file once: `header` gets the header as soon as it is read (before any
    /// person), `person` every person in document order as each one closes. Problems of the
    /// file itself (not well-formed, not valid, over a cap, an id used twice) are thrown as
    /// `XMLDocumentError` at the end, in document order; the handlers may have been called
    /// before a problem further on was found, so nothing they did should take effect until
    /// this returns.
    @discardableResult
    public func stream(
        contentsOf url: URL, displayName: String? = nil, header: (TranscriptHeader) -> Void = { _ in },
        person: (PersonTranscript) -> Void
    ) throws(XMLDocumentError) -> TranscriptOutline {
        let name = displayName ?? url.path
        let schema: XMLSchema
        do {
            schema = try TranscriptFormat.streamingSchema()
        } catch {
            throw XMLDocumentError([XMLDiagnostic(file: name, line: 0, column: 0, message: "the transcript schema could not be loaded: \(error)")])
        }
        var decoding = TranscriptDecoding(file: name)
        var uniqueness = Uniqueness()
        var outline = TranscriptOutline(file: name, header: TranscriptDecoding.emptyHeader, position: SourcePosition(line: 0, column: 0), people: 0, records: 0)
        var sawHeader = false
        let problems = StreamingXMLReader(limits: TranscriptReader.limits).read(
            contentsOf: url, schema: schema, displayName: name,
            root: { root in
                outline.position = SourcePosition(line: root.line, column: root.column)
                decoding.root(root)
            },
            item: { element in
                decoding.checkText(element)
                switch element.name {
                case "TransmissionData" where !sawHeader:
                    sawHeader = true
                    outline.header = decoding.header(element)
                    header(outline.header)
                case "Person":
                    uniqueness.note(element)
                    let decoded = decoding.person(element)
                    outline.people += 1
                    outline.records += decoded.records.count
                    person(decoded)
                default:
                    // The schema names anything else.
                    break
                }
            })
        if !problems.isEmpty { throw XMLDocumentError(problems.inDocumentOrder) }
        if !sawHeader { decoding.problem(at: outline.position, "<Transcript> has no <TransmissionData>") }
        let repeats = uniqueness.confirmed(in: url, name: name)
        if !repeats.isEmpty { throw XMLDocumentError(repeats) }
        if !decoding.diagnostics.isEmpty { throw XMLDocumentError(decoding.diagnostics.inDocumentOrder) }
        return outline
    }
}

extension TranscriptReader {
    /// Reads a file once and checks all of it: the XML and the schema, ids used once, each
    /// person's stated totals and, given the programs' rules, renewal status. Throws every
    /// problem, in document order.
    public func validate(
        contentsOf url: URL, displayName: String? = nil, programs: [String: Program] = [:]
    ) throws(XMLDocumentError) -> TranscriptOutline {
        let name = displayName ?? url.path
        let checker = TranscriptChecker(programs: programs)
        var diagnostics = ProblemList()
        let outline = try stream(contentsOf: url, displayName: name, person: { diagnostics += checker.check($0, file: name) })
        diagnostics += TranscriptChecker.check(scope: outline.header.scope, people: outline.people, at: outline.position, file: name)
        if !diagnostics.isEmpty { throw XMLDocumentError(diagnostics.inDocumentOrder) }
        return outline
    }
}
