import Glibc
import PeerTrackCore
import PeerXML
import Tracker

/// The status element, and the attributes, elements and text every record writes through.
extension TranscriptWriter {
    // MARK: - Status

    mutating func status(_ status: StatusSummary) throws {
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

    mutating func headerAttributes(_ record: Record) throws {
        try attribute("record", .id, of: record)
        try attribute("recorded", .time, of: record)
        try attribute("account", .account, of: record)
        try attribute("actor", .actor, of: record)
    }

    /// An attribute from a record field's escaped bytes, if it has the field.
    mutating func attribute(_ name: StaticString, _ escaped: UnsafeRawBufferPointer?, field: String, of record: Record) throws {
        guard let escaped else { return }
        try Record.withPlain(escaped) { bytes in
            try Self.writing(record.id, field: field) { try xml.attribute(name, bytes: bytes) }
        }
    }

    /// An attribute from a part of a record's header; an empty actor writes nothing.
    mutating func attribute(_ name: StaticString, _ part: Record.HeaderPart, of record: Record) throws {
        try record.withBytes(of: part) { bytes in
            if part == .actor, bytes.isEmpty { return }
            try Self.writing(record.id, field: name.description) { try xml.attribute(name, bytes: bytes) }
        }
    }

    /// An element from a record field's escaped bytes, if it has the field.
    mutating func element(_ name: StaticString, _ escaped: UnsafeRawBufferPointer?, field: String, of record: Record) throws {
        guard let escaped else { return }
        try Record.withPlain(escaped) { bytes in
            try Self.writing(record.id, field: field) { try xml.element(name, bytes: bytes) }
        }
    }

    /// Text from a record field's escaped bytes.
    mutating func text(_ escaped: UnsafeRawBufferPointer, field: String, of record: Record) throws {
        try Record.withPlain(escaped) { bytes in
            try Self.writing(record.id, field: field) { try xml.text(bytes: bytes) }
        }
    }

    mutating func extensions(_ fields: [(key: String, value: String)], of record: Record) throws {
        for (key, value) in fields {
            try xml.start("Extension")
            try attribute("name", key, in: record.id, field: key)
            try text(value, in: record.id, field: key)
            try xml.end()
        }
    }

    mutating func element(_ name: StaticString, _ value: String?, in record: String, field: String? = nil) throws {
        guard let value else { return }
        try Self.writing(record, field: field ?? name.description) { try xml.element(name, value) }
    }

    mutating func attribute(_ name: StaticString, _ value: String?, in record: String, field: String? = nil) throws {
        guard let value else { return }
        try Self.writing(record, field: field ?? name.description) { try xml.attribute(name, value) }
    }

    mutating func text(_ value: String, in record: String, field: String? = nil) throws {
        try Self.writing(record, field: field ?? "text") { try xml.text(value) }
    }

    /// Runs a write, naming the record and field if the value cannot be written as XML
    /// (both are worked out only then).
    static func writing(_ record: @autoclosure () -> String, field: @autoclosure () -> String, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch is XMLStreamWriter.UnrepresentableText {
            throw TranscriptError.unrepresentable(record: record(), field: field())
        }
    }
}
