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
        var decoding = Decoding(file: name)
        var uniqueness = Uniqueness()
        var outline = TranscriptOutline(file: name, header: Decoding.emptyHeader, position: SourcePosition(line: 0, column: 0), people: 0, records: 0)
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

/// One decoding pass, gathering a diagnostic for anything missing or malformed (which the
/// schema normally rules out first).
private struct Decoding {
    let file: String
    var diagnostics = ProblemList()

    init(file: String) {
        self.file = file
    }

    static let emptyHeader = TranscriptHeader(issued: "", scope: .agency, agency: "", software: "", softwareVersion: "")

    mutating func root(_ root: XMLElement) {
        if root.name != "Transcript" {
            problem(root, "the root element is <\(root.name)>; a transcript starts with <Transcript xmlns=\"\(TranscriptFormat.namespace)\">")
        }
    }

    mutating func header(_ data: XMLElement) -> TranscriptHeader {
        let organization = data.child("Source")?.child("Organization")
        let software = data.child("Source")?.child("Software")
        let scopeText = token(required(data, "DocumentTypeCode")?.text)
        let scope = TranscriptHeader.Scope(rawValue: scopeText)
        if scope == nil { problem(data, "DocumentTypeCode '\(scopeText)' is not PersonTranscript or AgencyTranscript") }
        return TranscriptHeader(
            issued: token(required(data, "CreatedDateTime")?.text),
            scope: scope ?? .agency,
            agency: organization.flatMap { required($0, "OrganizationName") }?.text ?? "",
            software: software?[attribute: "name"] ?? "",
            softwareVersion: software?[attribute: "version"] ?? "")
    }

    /// Notes every value (an element's text, an attribute) that holds a control or
    /// direction-changing character: the safe-text rule every route into a store keeps,
    /// here for validate and import alike.
    mutating func checkText(_ element: XMLElement) {
        for attribute in element.attributes {
            if let bad = SafeText.firstUnsafe(in: attribute.value) {
                problem(element, "the \(attribute.name) of <\(element.name)>, '\(SafeText.excerpt(attribute.value))', is not valid: expected \(SafeText.expectation(for: bad))")
            }
        }
        if element.children.isEmpty, let bad = SafeText.firstUnsafe(in: element.text) {
            problem(element, "<\(element.name)> '\(SafeText.excerpt(element.text))' is not valid: expected \(SafeText.expectation(for: bad))")
        }
        for child in element.children { checkText(child) }
    }

    // MARK: - People

    mutating func person(_ element: XMLElement) -> PersonTranscript {
        let id = attribute(element, "id")
        var positions: [PersonTranscript.Part: SourcePosition] = [.person: position(element)]
        let roster = record(element, kind: .person, layout: .person, person: id, target: nil, positions: &positions)

        let program = required(element, "Program")
        if let program { positions[.program] = position(program) }
        let number = element.child("CertificateNumber")
        if let number { positions[.certificateNumber] = position(number) }

        var certifications: [Record] = []
        for child in element.child("Certifications")?.children ?? [] {
            switch child.name {
            case "Award": certifications.append(record(child, kind: .certify, layout: .certify, person: id, target: nil, positions: &positions))
            case "Recertification":
                certifications.append(record(child, kind: .recertify, layout: .recertify, person: id, target: nil, positions: &positions))
            default: problem(child, "<\(child.name)> is not a certification; expected <Award> or <Recertification>")
            }
        }
        let continuingEducation = (element.child("ContinuingEducation")?.children("Course") ?? []).map {
            course($0, kind: .ce, layout: .ce, person: id, positions: &positions)
        }
        let training = (element.child("Training")?.children("Course") ?? []).map {
            course($0, kind: .training, layout: .training, person: id, positions: &positions)
        }
        let requirements = (element.child("Requirements")?.children ?? []).compactMap { child -> PersonTranscript.Course? in
            let kinds: [String: RecordKind] = ["Course": .course, "Attestation": .attestation, "Document": .document]
            guard let kind = kinds[child.name], let (layout, _) = RecordLayout.requirement(kind) else {
                problem(child, "<\(child.name)> is not a requirement record; expected <Course>, <Attestation> or <Document>")
                return nil
            }
            return course(child, kind: kind, layout: layout, person: id, positions: &positions)
        }
        let attempts = (element.child("QuizAttempts")?.children("Attempt") ?? []).map { attempt($0, person: id, positions: &positions) }
        let status = required(element, "RenewalStatus").map { self.status($0, positions: &positions) } ?? emptyStatus

        return PersonTranscript(
            person: roster, program: program?.text ?? "", certificateNumber: number?.text, certifications: certifications,
            continuingEducation: continuingEducation, training: training, requirements: requirements, attempts: attempts, status: status,
            supervisorNames: [:], positions: positions)
    }

    // MARK: - Records

    mutating func record(
        _ element: XMLElement, kind: RecordKind, layout: RecordLayout, person: String, target: String?,
        actorAttribute: String = "actor", positions: inout [PersonTranscript.Part: SourcePosition]
    ) -> Record {
        let id = attribute(element, "record")
        positions[.record(id)] = position(element)
        let fields = layout.fields(
            person: person, target: target,
            value: { key, source in
                guard case .element(let name) = source, let child = element.child(name.description) else { return nil }
                return Decoding.isToken(name.description) ? Decoding.trimmed(child.text) : child.text
            },
            extensions: extensions(element), origin: element[attribute: "origin"])
        return Record(
            id: id, kind: kind, time: token(attribute(element, "recorded")), account: attribute(element, "account"),
            actor: element[attribute: actorAttribute], fields: fields)
    }

    mutating func course(
        _ element: XMLElement, kind: RecordKind, layout: RecordLayout, person: String, positions: inout [PersonTranscript.Part: SourcePosition]
    ) -> PersonTranscript.Course {
        let main = record(element, kind: kind, layout: layout, person: person, target: nil, positions: &positions)
        let verifications = element.children("Verification").map {
            record($0, kind: .verify, layout: .verify, person: person, target: main.id, actorAttribute: "supervisor", positions: &positions)
        }
        let voids = element.children("Void").map {
            record($0, kind: .void, layout: .void, person: person, target: main.id, positions: &positions)
        }
        let evidence = element.children("Evidence").map {
            record($0, kind: .evidence, layout: .evidence, person: person, target: main.id, positions: &positions)
        }
        return PersonTranscript.Course(record: main, verifications: verifications, voids: voids, evidence: evidence)
    }

    /// A quiz attempt from its xAPI-shaped result.
    mutating func attempt(_ element: XMLElement, person: String, positions: inout [PersonTranscript.Part: SourcePosition]) -> Record {
        let id = attribute(element, "record")
        positions[.record(id)] = position(element)
        let quiz = element.child("Quiz")
        let result = element.child("Result")
        let score = result?.child("Score")
        let response = result?.child("Response")
        let fields = RecordLayout.attempt.fields(
            person: person, target: nil,
            value: { key, _ in
                switch key {
                case "quiz": return quiz?.text
                case "version": return quiz?[attribute: "version"]
                case "seed": return response?[attribute: "seed"]
                case "questions": return response?[attribute: "questions"]
                case "answers": return response?.text
                case "correct": return score?[attribute: "raw"].map(Decoding.trimmed)
                case "asked": return score?[attribute: "max"].map(Decoding.trimmed)
                case "score": return score?[attribute: "scaled"].flatMap(Decoding.percent)
                case "passed": return result?.child("Success").map { Decoding.trimmed($0.text) }
                case "started": return element.child("Started").map { Decoding.trimmed($0.text) }
                case "ended": return element.child("Ended").map { Decoding.trimmed($0.text) }
                default: return nil
                }
            },
            extensions: extensions(element), origin: element[attribute: "origin"])
        return Record(
            id: id, kind: .attempt, time: token(attribute(element, "recorded")), account: attribute(element, "account"),
            actor: element[attribute: "actor"], fields: fields)
    }

    func extensions(_ element: XMLElement) -> [(key: String, value: String)] {
        element.children("Extension").map { (key: $0[attribute: "name"] ?? "", value: $0.text) }
    }

    // MARK: - Status

    mutating func status(_ element: XMLElement, positions: inout [PersonTranscript.Part: SourcePosition]) -> StatusSummary {
        positions[.status] = position(element)
        let onText = token(attribute(element, "on"))
        let on = day(onText, at: element, what: "on")
        let stateText = token(attribute(element, "state"))
        let state = CertificationState(rawValue: stateText)
        if state == nil { problem(element, "state '\(stateText)' is not one of \(CertificationState.allCases.map(\.rawValue).joined(separator: ", "))") }
        func date(_ name: String) -> Day? {
            guard let child = element.child(name) else { return nil }
            return day(token(child.text), at: child, what: name)
        }
        let hours = required(element, "Hours")
        if let hours { positions[.hours] = position(hours) }
        var categories: [StatusSummary.Category] = []
        for category in element.children("Category") {
            let id = attribute(category, "id")
            positions[.category(id)] = position(category)
            categories.append(StatusSummary.Category(
                id: id, name: category.text, minimum: self.hours(category, "minimum"), counted: self.hours(category, "counted"),
                verified: self.hours(category, "verified"), shortfall: self.hours(category, "shortfall")))
        }
        return StatusSummary(
            on: on ?? Day(daysSinceEpoch: 0), state: state ?? .notCertified, award: date("Award"), lastCertification: date("LastCertification"),
            due: date("Due"), graceEnd: date("GraceEnd"), countsAfter: date("CountsAfter"),
            required: hours.map { self.hours($0, "required") } ?? .zero, counted: hours.map { self.hours($0, "counted") } ?? .zero,
            verified: hours.map { self.hours($0, "verified") } ?? .zero, shortfall: hours.map { self.hours($0, "shortfall") } ?? .zero,
            categories: categories)
    }

    private var emptyStatus: StatusSummary {
        StatusSummary(
            on: Day(daysSinceEpoch: 0), state: .notCertified, award: nil, lastCertification: nil, due: nil, graceEnd: nil, countsAfter: nil,
            required: .zero, counted: .zero, verified: .zero, shortfall: .zero, categories: [])
    }

    // MARK: - Values

    /// Elements whose schema type collapses white space, so their text is read trimmed.
    static func isToken(_ name: String) -> Bool {
        name == "Date" || name == "Hours" || name == "Attempt" || name == "SHA256" || name == "Size"
    }

    /// The text without the white space XML allows around a token (space, tab, line ends).
    static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        guard let first = utf8.first, let last = utf8.last, isSpace(first) || isSpace(last) else { return text }
        guard let start = utf8.firstIndex(where: { !isSpace($0) }), let end = utf8.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(Substring(utf8[start...end]))
    }

    /// An xAPI scaled score (0.85) as the whole percent the journal keeps (85).
    static func percent(_ scaled: String) -> String? {
        let text = trimmed(scaled)
        if let hours = Hours(text) { return String(hours.hundredths) }
        guard let value = Double(text), value.isFinite else { return nil }
        return String(Int((value * 100).rounded()))
    }

    func token(_ text: String?) -> String {
        Decoding.trimmed(text ?? "")
    }

    mutating func required(_ element: XMLElement, _ name: String) -> XMLElement? {
        if let child = element.child(name) { return child }
        problem(element, "<\(element.name)> has no <\(name)>")
        return nil
    }

    mutating func attribute(_ element: XMLElement, _ name: String) -> String {
        if let value = element[attribute: name] { return value }
        problem(element, "<\(element.name)> has no \(name) attribute")
        return ""
    }

    mutating func day(_ text: String, at element: XMLElement, what: String) -> Day? {
        if let day = Day(text) { return day }
        problem(element, "\(what) '\(text)' is not a date (YYYY-MM-DD)")
        return nil
    }

    mutating func hours(_ element: XMLElement, _ name: String) -> Hours {
        let text = token(attribute(element, name))
        if let hours = Hours(text) { return hours }
        problem(element, "\(name) '\(SafeText.excerpt(text))' is not a number of hours: expected \(Hours.expectation)")
        return .zero
    }

    func position(_ element: XMLElement) -> SourcePosition {
        SourcePosition(line: element.line, column: element.column)
    }

    mutating func problem(_ element: XMLElement, _ message: String) {
        problem(at: position(element), message)
    }

    mutating func problem(at position: SourcePosition, _ message: String) {
        diagnostics.append(XMLDiagnostic(file: file, line: position.line, column: position.column, message: message))
    }
}
