import Foundation
import PeerTrackCore
import PeerXML
import Tracker

/// Reads transcript files with the same safety as every other PeerTrack file (no DOCTYPE,
/// no entities, no network, caps on size and depth), validates them against the shipped
/// schema, and turns them back into the records they carry.
public struct TranscriptReader: Sendable {
    /// Makes a reader.
    public init() {}

    /// Reads, validates and decodes a file; `displayName` (default: the path) appears in
    /// diagnostics. Throws `XMLDocumentError` with every problem found.
    public func read(contentsOf url: URL, displayName: String? = nil) throws -> Transcript {
        let name = displayName ?? url.path
        let reader = SafeXMLReader(maxBytes: TranscriptFormat.maxBytes, maxDepth: TranscriptFormat.maxDepth)
        // Well-formedness first: with a schema attached, libxml2 (2.9) drops the parser's own
        // error messages, and "the document could not be read" would be all a user saw.
        _ = try reader.read(contentsOf: url, displayName: name)
        let root = try reader.read(contentsOf: url, schema: try TranscriptFormat.schema(), displayName: name)
        return try decode(root, file: name)
    }

    /// Decodes a document that was read (and validated) already.
    public func decode(_ root: XMLElement, file: String) throws(XMLDocumentError) -> Transcript {
        var decoding = Decoding(file: file)
        let transcript = decoding.transcript(root)
        if !decoding.diagnostics.isEmpty { throw XMLDocumentError(decoding.diagnostics) }
        return transcript
    }
}

/// One decoding pass, gathering a diagnostic for anything missing or malformed (which the
/// schema normally rules out first).
private struct Decoding {
    let file: String
    var diagnostics: [XMLDiagnostic] = []

    init(file: String) {
        self.file = file
    }

    mutating func transcript(_ root: XMLElement) -> Transcript {
        if root.name != "Transcript" {
            problem(root, "the root element is <\(root.name)>; a transcript starts with <Transcript xmlns=\"\(TranscriptFormat.namespace)\">")
        }
        let data = required(root, "TransmissionData")
        let organization = data?.child("Source")?.child("Organization")
        let software = data?.child("Source")?.child("Software")
        let scopeText = token(data.flatMap { required($0, "DocumentTypeCode") }?.text)
        let scope = TranscriptHeader.Scope(rawValue: scopeText)
        if scope == nil, let data { problem(data, "DocumentTypeCode '\(scopeText)' is not PersonTranscript or AgencyTranscript") }
        let header = TranscriptHeader(
            issued: token(data.flatMap { required($0, "CreatedDateTime") }?.text),
            scope: scope ?? .agency,
            agency: organization.flatMap { required($0, "OrganizationName") }?.text ?? "",
            software: software?[attribute: "name"] ?? "",
            softwareVersion: software?[attribute: "version"] ?? "")
        let people = root.children("Person").map { person($0) }
        return Transcript(file: file, header: header, people: people, position: SourcePosition(line: root.line, column: root.column))
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
        let attempts = (element.child("QuizAttempts")?.children("Attempt") ?? []).map { attempt($0, person: id, positions: &positions) }
        let status = required(element, "RenewalStatus").map { self.status($0, positions: &positions) } ?? emptyStatus

        return PersonTranscript(
            person: roster, program: program?.text ?? "", certificateNumber: number?.text, certifications: certifications,
            continuingEducation: continuingEducation, training: training, attempts: attempts, status: status,
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
        problem(element, "\(name) '\(text)' is not a number of hours such as 3, 1.5 or 0.25")
        return .zero
    }

    func position(_ element: XMLElement) -> SourcePosition {
        SourcePosition(line: element.line, column: element.column)
    }

    mutating func problem(_ element: XMLElement, _ message: String) {
        diagnostics.append(XMLDiagnostic(file: file, line: element.line, column: element.column, message: message))
    }
}
