import Foundation
import PeerTrackCore
import PeerXML
import Tracker

/// One decoding pass, gathering a diagnostic for anything missing or malformed (which the
/// schema normally rules out first).
struct TranscriptDecoding {
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
                return TranscriptDecoding.isToken(name.description) ? TranscriptDecoding.trimmed(child.text) : child.text
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
                case "correct": return score?[attribute: "raw"].map(TranscriptDecoding.trimmed)
                case "asked": return score?[attribute: "max"].map(TranscriptDecoding.trimmed)
                case "score": return score?[attribute: "scaled"].flatMap(TranscriptDecoding.percent)
                case "passed": return result?.child("Success").map { TranscriptDecoding.trimmed($0.text) }
                case "started": return element.child("Started").map { TranscriptDecoding.trimmed($0.text) }
                case "ended": return element.child("Ended").map { TranscriptDecoding.trimmed($0.text) }
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
}
