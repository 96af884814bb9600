import Glibc
import PeerTrackCore
import PeerXML
import Tracker

/// Writes a transcript with PeerXML's streaming writer in one pass: the header, then one
/// person at a time, so memory holds one person however long the roster is. A record's
/// values go from its journal bytes to the output without becoming strings. The output
/// depends only on what is written: the same records give the same bytes.
public struct TranscriptWriter: ~Copyable {
    var xml: XMLStreamWriter
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
        guard SystemCalls.current.writeAll(descriptor, part) else {
            throw TranscriptError.io(path: "transcript", operation: "write", errno: errno)
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
        if !person.requirements.isEmpty {
            try xml.start("Requirements")
            for entry in person.requirements {
                guard let (layout, name) = RecordLayout.requirement(entry.record.kind) else { continue }
                try xml.start(name)
                try recordBody(entry.record, layout: layout)
                for void in entry.voids {
                    try simpleRecord("Void", void, layout: .void)
                }
                try xml.end()
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

    mutating func simpleRecord(_ name: StaticString, _ record: Record, layout: RecordLayout) throws {
        try xml.start(name)
        try recordBody(record, layout: layout)
        try xml.end()
    }

    /// The record's attributes, its fields as the layout's elements, and any other fields as
    /// extensions.
    mutating func recordBody(_ record: Record, layout: RecordLayout) throws {
        // The usual record holds the layout's fields only: its values go from its bytes to
        // the output. Otherwise the layout's part is written the same way, then the rest.
        if try layoutBody(record, layout: layout, unlessOthers: true) { return }
        let split = layout.split(record)
        try layoutBody(split.record(like: record, layout: layout), layout: layout, unlessOthers: false)
        try extensions(split.extensions, of: record)
    }

    /// Writes the attributes and the layout's elements, unless `unlessOthers` and the
    /// record has other fields; returns whether it wrote.
    @discardableResult
    mutating func layoutBody(_ record: Record, layout: RecordLayout, unlessOthers: Bool) throws -> Bool {
        try record.withFields(layout.keys) { fields in
            if unlessOthers, fields.hasOthers { return false }
            try headerAttributes(record)
            try attribute("origin", fields.value(layout.originSlot), field: "origin", of: record)
            for (slot, key, name) in layout.elementSlots {
                try element(name, fields.value(slot), field: key, of: record)
            }
            return true
        }
    }

    mutating func course(_ course: PersonTranscript.Course, layout: RecordLayout, supervisorNames: [String: String]) throws {
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
        for evidence in course.evidence {
            try simpleRecord("Evidence", Self.nameShown(evidence), layout: .evidence)
        }
        try xml.end()
    }

    /// An evidence record whose file name an older PeerTrack took with control characters
    /// in it (which XML, or the importing PeerTrack, refuses), with the name as it is shown
    /// on screens (`\u{1B}`), so that the person's transcript can still be written.
    static func nameShown(_ evidence: Record) -> Record {
        guard evidence.fields.contains(where: { $0.key == "name" && SafeText.firstUnsafe(in: $0.value) != nil }) else { return evidence }
        let fields = evidence.fields.map { ($0.key, $0.key == "name" ? SafeText.visible($0.value) : $0.value) }
        return Record(id: evidence.id, kind: evidence.kind, time: evidence.time, account: evidence.account, actor: evidence.actor, fields: fields)
    }

    /// A quiz attempt, its result in the shape of an xAPI result. Values that do not fit
    /// their xAPI place (a score that is not a whole percentage, say) travel as extensions.
}
