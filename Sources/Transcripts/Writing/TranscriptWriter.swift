import Glibc
import PeerTrackCore
import PeerXML
import Tracker

/// Writes a transcript with libxml2's streaming writer in one pass: the header, then one
/// person at a time, so memory holds one person however long the roster is. The output
/// depends only on what is written: the same records give the same bytes.
public struct TranscriptWriter: ~Copyable {
    private var xml: XMLStreamWriter
    private let descriptor: Int32?

    /// Starts a writer on an open file descriptor, which stays open after `finish()`.
    public init(fileDescriptor: Int32) {
        xml = XMLStreamWriter(fileDescriptor: fileDescriptor, indent: true)
        descriptor = fileDescriptor
    }

    /// Starts a writer of people's parts of a document, for writing them on several threads:
    /// `part(_:)` gives the exact bytes that `write(_:)` would add to the document.
    public init() throws {
        xml = XMLStreamWriter(indent: true)
        descriptor = nil
        // Stand where the document writer stands when people come: inside the root, after
        // the TransmissionData element.
        try xml.start("Transcript")
        try xml.start("TransmissionData")
        try xml.end()
        _ = try xml.takeBytes()
    }

    /// The bytes of one person, as a part to hand to `append(part:)` of the document writer.
    public mutating func part(_ person: PersonTranscript) throws -> [UInt8] {
        try write(person)
        return try xml.takeBytes()
    }

    /// Adds a person's part made by a part writer.
    public mutating func append(part: [UInt8]) throws {
        guard let descriptor else { throw TranscriptError.io(path: "transcript", operation: "append a part to a part writer", errno: EINVAL) }
        try xml.flush()
        var offset = 0
        while offset < part.count {
            let written = part.withUnsafeBytes { bytes in
                bytes.baseAddress.map { Glibc.write(descriptor, $0 + offset, bytes.count - offset) } ?? -1
            }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { throw TranscriptError.io(path: "transcript", operation: "write", errno: errno) }
            offset += written
        }
    }

    /// Writes the declaration, the root and the issuer (PESC: TransmissionData).
    public mutating func begin(_ header: TranscriptHeader) throws {
        try xml.startDocument()
        try xml.start("Transcript")
        try xml.attribute("xmlns", TranscriptFormat.namespace)
        try xml.attribute("version", TranscriptFormat.version)
        try xml.start("TransmissionData")
        try element("CreatedDateTime", header.issued, in: "issue time")
        try element("DocumentTypeCode", header.scope.rawValue, in: "document type")
        try xml.start("Source")
        try xml.start("Organization")
        try element("OrganizationName", header.agency, in: "agency name")
        try xml.end()
        try xml.start("Software")
        try attribute("name", header.software, in: "software")
        try attribute("version", header.softwareVersion, in: "software")
        try xml.end()
        try xml.end()
        try xml.end()
    }

    /// Writes one person.
    public mutating func write(_ person: PersonTranscript) throws {
        let roster = person.person
        try xml.start("Person")
        try attribute("id", person.id, in: roster.id)
        try recordBody(roster, layout: .person)
        try element("Program", person.program, in: roster.id)
        try element("CertificateNumber", person.certificateNumber, in: roster.id)

        if !person.certifications.isEmpty {
            try xml.start("Certifications")
            for record in person.certifications {
                try simpleRecord(record.kind == .certify ? "Award" : "Recertification", record, layout: record.kind == .certify ? .certify : .recertify)
            }
            try xml.end()
        }
        if !person.continuingEducation.isEmpty {
            try xml.start("ContinuingEducation")
            for course in person.continuingEducation {
                try self.course(course, layout: .ce, supervisorNames: person.supervisorNames)
            }
            try xml.end()
        }
        if !person.training.isEmpty {
            try xml.start("Training")
            for course in person.training {
                try self.course(course, layout: .training, supervisorNames: person.supervisorNames)
            }
            try xml.end()
        }
        if !person.attempts.isEmpty {
            try xml.start("QuizAttempts")
            for attempt in person.attempts {
                try self.attempt(attempt)
            }
            try xml.end()
        }
        try status(person.status)
        try xml.end()
    }

    /// Closes the root and flushes everything to the descriptor.
    public mutating func finish() throws {
        try xml.end()
        try xml.finish()
    }

    // MARK: - Records

    private mutating func simpleRecord(_ name: String, _ record: Record, layout: RecordLayout) throws {
        try xml.start(name)
        try recordBody(record, layout: layout)
        try xml.end()
    }

    /// The record's attributes, its fields as the layout's elements, and any other fields as
    /// extensions.
    private mutating func recordBody(_ record: Record, layout: RecordLayout) throws {
        // The usual record, with the layout's fields only: values go from the record's
        // bytes to the output.
        let usual = try record.withFields(layout.keys) { fields in
            guard !fields.hasOthers else { return false }
            try headerAttributes(record)
            try attribute("origin", fields.value(layout.originSlot), field: "origin", of: record)
            for (slot, key, name) in layout.elementSlots {
                guard let value = fields.value(slot) else { continue }
                try Record.withPlain(value) { bytes in
                    try Self.writing(record, field: key) { try xml.element(name, bytes: bytes) }
                }
            }
            return true
        }
        guard !usual else { return }
        try recordAttributes(record)
        let split = layout.split(record)
        try elements(layout, split, of: record)
        try extensions(split.extensions, of: record)
    }

    private mutating func course(_ course: PersonTranscript.Course, layout: RecordLayout, supervisorNames: [String: String]) throws {
        try xml.start("Course")
        try recordBody(course.record, layout: layout)
        for verification in course.verifications {
            try xml.start("Verification")
            try attribute("record", .id, of: verification)
            try attribute("recorded", .time, of: verification)
            try attribute("account", .account, of: verification)
            try attribute("supervisor", .actor, of: verification)
            let others = try verification.withFields(RecordLayout.verify.keys) { fields in
                try attribute("origin", fields.value(RecordLayout.verify.originSlot), field: "origin", of: verification)
                return fields.hasOthers
            }
            try element("SupervisorName", verification.actor.flatMap { supervisorNames[$0] }, in: verification.id)
            if others {
                try extensions(RecordLayout.verify.split(verification).extensions, of: verification)
            }
            try xml.end()
        }
        for void in course.voids {
            try simpleRecord("Void", void, layout: .void)
        }
        try xml.end()
    }

    /// A quiz attempt, its result in the shape of an xAPI result.
    private mutating func attempt(_ record: Record) throws {
        var split = RecordLayout.attempt.split(record)
        var scaled: String?
        if let score = split.values["score"] {
            if let percent = Int(score), (0...100).contains(percent), String(percent) == score {
                scaled = Hours(hundredths: percent).description
            } else {
                split.extensions.append(("score", score))
            }
        }
        for key in ["correct", "asked"] {
            if let value = split.values[key], !TranscriptValues.isCount(value) {
                split.values[key] = nil
                split.extensions.append((key, value))
            }
        }
        if let passed = split.values["passed"], passed != "true", passed != "false" {
            split.values["passed"] = nil
            split.extensions.append(("passed", passed))
        }
        for key in ["started", "ended"] {
            if let value = split.values[key], !TranscriptValues.isTimestamp(value) {
                split.values[key] = nil
                split.extensions.append((key, value))
            }
        }
        let values = split.values
        try xml.start("Attempt")
        try recordAttributes(record)
        try xml.start("Quiz")
        try attribute("version", values["version"], in: record.id)
        try text(values["quiz"] ?? "", in: record.id)
        try xml.end()
        try element("Started", values["started"], in: record.id)
        try element("Ended", values["ended"], in: record.id)
        try xml.start("Result")
        if values["correct"] != nil || values["asked"] != nil || scaled != nil {
            try xml.start("Score")
            try attribute("scaled", scaled, in: record.id)
            try attribute("raw", values["correct"], in: record.id)
            try attribute("min", "0", in: record.id)
            try attribute("max", values["asked"], in: record.id)
            try xml.end()
        }
        try element("Success", values["passed"], in: record.id)
        try element("Completion", "true", in: record.id)
        if values["answers"] != nil || values["seed"] != nil || values["questions"] != nil {
            try xml.start("Response")
            try attribute("seed", values["seed"], in: record.id)
            try attribute("questions", values["questions"], in: record.id)
            try text(values["answers"] ?? "", in: record.id)
            try xml.end()
        }
        try xml.end()
        try extensions(split.extensions, of: record)
        try xml.end()
    }

    // MARK: - Status

    private mutating func status(_ status: StatusSummary) throws {
        try xml.start("RenewalStatus")
        try xml.attribute("on", status.on.description)
        try xml.attribute("state", status.state.rawValue)
        try xml.element("Award", status.award?.description)
        try xml.element("LastCertification", status.lastCertification?.description)
        try xml.element("Due", status.due?.description)
        try xml.element("GraceEnd", status.graceEnd?.description)
        try xml.element("CountsAfter", status.countsAfter?.description)
        try xml.start("Hours")
        try xml.attribute("required", status.required.description)
        try xml.attribute("counted", status.counted.description)
        try xml.attribute("verified", status.verified.description)
        try xml.attribute("shortfall", status.shortfall.description)
        try xml.end()
        for category in status.categories {
            try xml.start("Category")
            try attribute("id", category.id, in: "category")
            try xml.attribute("minimum", category.minimum.description)
            try xml.attribute("counted", category.counted.description)
            try xml.attribute("verified", category.verified.description)
            try xml.attribute("shortfall", category.shortfall.description)
            try text(category.name, in: "category \(category.id)")
            try xml.end()
        }
        try xml.end()
    }

    // MARK: - Values

    private mutating func recordAttributes(_ record: Record) throws {
        try headerAttributes(record)
        try record.withBytes(of: "origin") { try attribute("origin", $0, field: "origin", of: record) }
    }

    private mutating func headerAttributes(_ record: Record) throws {
        try attribute("record", .id, of: record)
        try attribute("recorded", .time, of: record)
        try attribute("account", .account, of: record)
        try attribute("actor", .actor, of: record)
    }

    /// An attribute from a record field's escaped bytes, if it has the field.
    private mutating func attribute(_ name: String, _ escaped: UnsafeRawBufferPointer?, field: String, of record: Record) throws {
        guard let escaped else { return }
        try Record.withPlain(escaped) { bytes in
            try Self.writing(record, field: field) { try xml.attribute(name, bytes: bytes) }
        }
    }

    /// An attribute from a part of a record's header; an empty actor writes nothing.
    private mutating func attribute(_ name: String, _ part: Record.HeaderPart, of record: Record) throws {
        try record.withBytes(of: part) { bytes in
            if part == .actor, bytes.isEmpty { return }
            try Self.writing(record, field: name) { try xml.attribute(name, bytes: bytes) }
        }
    }

    /// Runs a write, naming the record and field if the value cannot be written as XML.
    private static func writing(_ record: Record, field: String, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch is XMLStreamWriter.UnrepresentableText {
            throw TranscriptError.unrepresentable(record: record.id, field: field)
        }
    }

    private mutating func elements(_ layout: RecordLayout, _ split: RecordLayout.Split, of record: Record) throws {
        for (key, source) in layout.fields {
            guard case .element(let name) = source else { continue }
            try element(name, split.values[key], in: record.id, field: key)
        }
    }

    private mutating func extensions(_ fields: [(key: String, value: String)], of record: Record) throws {
        for (key, value) in fields {
            try xml.start("Extension")
            try attribute("name", key, in: record.id, field: key)
            try text(value, in: record.id, field: key)
            try xml.end()
        }
    }

    private mutating func element(_ name: String, _ value: String?, in record: String, field: String? = nil) throws {
        guard let value else { return }
        try Self.writing(record, field: field ?? name) { try xml.element(name, value) }
    }

    private mutating func attribute(_ name: String, _ value: String?, in record: String, field: String? = nil) throws {
        guard let value else { return }
        try Self.writing(record, field: field ?? name) { try xml.attribute(name, value) }
    }

    private mutating func text(_ value: String, in record: String, field: String? = nil) throws {
        try Self.writing(record, field: field ?? "text") { try xml.text(value) }
    }

    private static func writing(_ record: String, field: String, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch is XMLStreamWriter.UnrepresentableText {
            throw TranscriptError.unrepresentable(record: record, field: field)
        }
    }
}
