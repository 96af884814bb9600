import Glibc
import PeerTrackCore
import PeerXML
import Tracker

/// Writes a transcript with PeerXML's streaming writer in one pass: the header, then one
/// person at a time, so memory holds one person however long the roster is. A record's
/// values go from its journal bytes to the output without becoming strings. The output
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

    private mutating func simpleRecord(_ name: StaticString, _ record: Record, layout: RecordLayout) throws {
        try xml.start(name)
        try recordBody(record, layout: layout)
        try xml.end()
    }

    /// The record's attributes, its fields as the layout's elements, and any other fields as
    /// extensions.
    private mutating func recordBody(_ record: Record, layout: RecordLayout) throws {
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
    private mutating func layoutBody(_ record: Record, layout: RecordLayout, unlessOthers: Bool) throws -> Bool {
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
    private mutating func attempt(_ record: Record) throws {
        let layout = RecordLayout.attempt
        let fits = record.withFields(layout.keys) { fields in
            !fields.hasOthers && Attempt.values.allSatisfy { key, slot in fields.value(slot).map { Attempt.fits(key, $0) } ?? true }
        }
        if fits {
            try attempt(record, extensions: [])
            return
        }
        var split = layout.split(record)
        for (key, _) in Attempt.values {
            guard var value = split.values[key] else { continue }
            if !value.withUTF8({ Attempt.fits(key, UnsafeRawBufferPointer($0)) }) {
                split.values[key] = nil
                split.extensions.append((key, value))
            }
        }
        let fitting = split.record(like: record, layout: layout)
        try attempt(fitting, extensions: split.extensions)
    }

    /// Checks on the values of an attempt that have a place in an xAPI result.
    private enum Attempt {
        static let values: [(key: String, slot: Int)] = ["score", "correct", "asked", "passed", "started", "ended"].map {
            ($0, RecordLayout.attempt.slot($0))
        }

        /// Whether a value fits its place.
        static func fits(_ key: String, _ bytes: UnsafeRawBufferPointer) -> Bool {
            switch key {
            case "score": percent(bytes) != nil
            case "correct", "asked": TranscriptValues.isCount(bytes)
            case "passed": bytes.elementsEqual("true".utf8) || bytes.elementsEqual("false".utf8)
            default: TranscriptValues.isTimestamp(bytes)
            }
        }

        /// Slots of the layout's keys.
        static let quiz = RecordLayout.attempt.slot("quiz"), version = RecordLayout.attempt.slot("version")
        static let seed = RecordLayout.attempt.slot("seed"), questions = RecordLayout.attempt.slot("questions")
        static let answers = RecordLayout.attempt.slot("answers"), correct = RecordLayout.attempt.slot("correct")
        static let asked = RecordLayout.attempt.slot("asked"), score = RecordLayout.attempt.slot("score")
        static let passed = RecordLayout.attempt.slot("passed"), started = RecordLayout.attempt.slot("started")
        static let ended = RecordLayout.attempt.slot("ended")

        /// A whole percentage written the plain way (`85`, not `085` or `85.0`).
        static func percent(_ bytes: UnsafeRawBufferPointer) -> Int? {
            guard (1...3).contains(bytes.count), bytes.allSatisfy({ (48...57).contains($0) }), bytes.count == 1 || bytes[0] != 48 else {
                return nil
            }
            let value = bytes.reduce(0) { $0 * 10 + Int($1 - 48) }
            return value <= 100 ? value : nil
        }
    }

    /// Writes an attempt whose values all fit their places.
    private mutating func attempt(_ record: Record, extensions: [(key: String, value: String)]) throws {
        let layout = RecordLayout.attempt
        try record.withFields(layout.keys) { fields in
            func value(_ slot: Int) -> UnsafeRawBufferPointer? { fields.value(slot) }
            let empty = UnsafeRawBufferPointer(start: nil, count: 0)
            try xml.start("Attempt")
            try headerAttributes(record)
            try attribute("origin", fields.value(layout.originSlot), field: "origin", of: record)
            try xml.start("Quiz")
            try attribute("version", value(Attempt.version), field: "version", of: record)
            try text(value(Attempt.quiz) ?? empty, field: "quiz", of: record)
            try xml.end()
            try element("Started", value(Attempt.started), field: "started", of: record)
            try element("Ended", value(Attempt.ended), field: "ended", of: record)
            try xml.start("Result")
            let scaled = value(Attempt.score).flatMap(Attempt.percent).map { Hours(hundredths: $0).description }
            if value(Attempt.correct) != nil || value(Attempt.asked) != nil || scaled != nil {
                try xml.start("Score")
                try xml.attribute("scaled", scaled)
                try attribute("raw", value(Attempt.correct), field: "correct", of: record)
                try xml.attribute("min", "0")
                try attribute("max", value(Attempt.asked), field: "asked", of: record)
                try xml.end()
            }
            try element("Success", value(Attempt.passed), field: "passed", of: record)
            try xml.element("Completion", "true")
            if value(Attempt.answers) != nil || value(Attempt.seed) != nil || value(Attempt.questions) != nil {
                try xml.start("Response")
                try attribute("seed", value(Attempt.seed), field: "seed", of: record)
                try attribute("questions", value(Attempt.questions), field: "questions", of: record)
                try text(value(Attempt.answers) ?? empty, field: "answers", of: record)
                try xml.end()
            }
            try xml.end()
        }
        try self.extensions(extensions, of: record)
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

    private mutating func headerAttributes(_ record: Record) throws {
        try attribute("record", .id, of: record)
        try attribute("recorded", .time, of: record)
        try attribute("account", .account, of: record)
        try attribute("actor", .actor, of: record)
    }

    /// An attribute from a record field's escaped bytes, if it has the field.
    private mutating func attribute(_ name: StaticString, _ escaped: UnsafeRawBufferPointer?, field: String, of record: Record) throws {
        guard let escaped else { return }
        try Record.withPlain(escaped) { bytes in
            try Self.writing(record.id, field: field) { try xml.attribute(name, bytes: bytes) }
        }
    }

    /// An attribute from a part of a record's header; an empty actor writes nothing.
    private mutating func attribute(_ name: StaticString, _ part: Record.HeaderPart, of record: Record) throws {
        try record.withBytes(of: part) { bytes in
            if part == .actor, bytes.isEmpty { return }
            try Self.writing(record.id, field: name.description) { try xml.attribute(name, bytes: bytes) }
        }
    }

    /// An element from a record field's escaped bytes, if it has the field.
    private mutating func element(_ name: StaticString, _ escaped: UnsafeRawBufferPointer?, field: String, of record: Record) throws {
        guard let escaped else { return }
        try Record.withPlain(escaped) { bytes in
            try Self.writing(record.id, field: field) { try xml.element(name, bytes: bytes) }
        }
    }

    /// Text from a record field's escaped bytes.
    private mutating func text(_ escaped: UnsafeRawBufferPointer, field: String, of record: Record) throws {
        try Record.withPlain(escaped) { bytes in
            try Self.writing(record.id, field: field) { try xml.text(bytes: bytes) }
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

    private mutating func element(_ name: StaticString, _ value: String?, in record: String, field: String? = nil) throws {
        guard let value else { return }
        try Self.writing(record, field: field ?? name.description) { try xml.element(name, value) }
    }

    private mutating func attribute(_ name: StaticString, _ value: String?, in record: String, field: String? = nil) throws {
        guard let value else { return }
        try Self.writing(record, field: field ?? name.description) { try xml.attribute(name, value) }
    }

    private mutating func text(_ value: String, in record: String, field: String? = nil) throws {
        try Self.writing(record, field: field ?? "text") { try xml.text(value) }
    }

    /// Runs a write, naming the record and field if the value cannot be written as XML
    /// (both are worked out only then).
    private static func writing(_ record: @autoclosure () -> String, field: @autoclosure () -> String, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch is XMLStreamWriter.UnrepresentableText {
            throw TranscriptError.unrepresentable(record: record(), field: field())
        }
    }
}
