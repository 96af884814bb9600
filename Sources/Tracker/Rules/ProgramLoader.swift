import Foundation
import PeerTrackCore
import PeerXML

/// Reads certification program rule files (`Curriculum/programs/*.xml`), validated
/// against the program schema.
public struct ProgramLoader: Sendable {
    /// The folder of rule files.
    public var directory: URL

    /// Makes a loader for a folder of rule files.
    public init(directory: URL) {
        self.directory = directory
    }

    /// The program schema's text, as shipped.
    public static var schemaText: String {
        get throws {
            try String(contentsOf: try schemaURL, encoding: .utf8)
        }
    }

    /// The program schema's file, as shipped.
    static var schemaURL: URL {
        get throws {
            guard let url = Bundle.module.url(forResource: "program", withExtension: "xsd", subdirectory: "Schemas") else {
                throw TrackerError.invalidValue(field: .schema, value: "program", expected: "a schema shipped with this build")
            }
            return url
        }
    }

    /// The rule files, in path order.
    func ruleFiles() -> [URL] {
        let files = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? []
        return files.filter { $0.pathExtension == "xml" }.sorted { $0.path < $1.path }
    }

    /// Every program in the folder, by id, read and checked now. Throws `XMLDocumentError`
    /// for a bad file.
    public func load() throws -> [String: Program] {
        try load(cache: nil)
    }

    /// Every program in the folder, by id. Throws `XMLDocumentError` for a bad file. With a
    /// cache, unchanged rule files (of the same build) are read from the snapshot of their last
    /// clean load; anything changed, added or removed is read and checked again.
    public func load(cache: ProgramCache?) throws -> [String: Program] {
        let files = ruleFiles()
        let fingerprint = cache == nil ? "" : ProgramCache.fingerprint(build: ProgramCache.executable, ruleFiles: files)
        if let cache, let cached = cache.load(fingerprint: fingerprint) {
            return cached
        }
        let programs = try read(files)
        cache?.save(programs, fingerprint: fingerprint)
        return programs
    }

    /// Reads and checks every rule file against the schema and the rules below.
    private func read(_ files: [URL]) throws -> [String: Program] {
        let schema = try XMLSchema(text: try Self.schemaText, name: "program.xsd")
        var programs: [String: Program] = [:]
        for url in files {
            let root = try SafeXMLReader(maxBytes: 256 * 1024, maxDepth: 8).read(contentsOf: url, schema: schema)
            // A rule file means what it says: an attribute PeerTrack cannot apply is refused.
            if let hours = root.child("hours"), let carry = hours[attribute: "carryOver"], carry == "true" || carry == "1" {
                throw XMLDocumentError([
                    XMLDiagnostic(
                        file: url.path, line: hours.line, column: hours.column,
                        message: "carryOver=\"\(carry)\" is not supported: hours beyond a cycle's requirement never count toward the next one here (no program PeerTrack knows of carries them: NC, PA and GA do not); write carryOver=\"false\"")
                ])
            }
            var program = Self.program(root)
            program.application = try Self.requirements(root.child("application"), renewal: false, file: url.path)
            program.renewal = try Self.requirements(root.child("renewal"), renewal: true, file: url.path)
            if programs[program.id] != nil {
                throw XMLDocumentError([XMLDiagnostic(file: url.path, line: root.line, column: root.column, message: "duplicate program id '\(program.id)'")])
            }
            programs[program.id] = program
        }
        return programs
    }

    static func program(_ root: XMLElement) -> Program {
        func hours(_ text: String?) -> Hours { text.flatMap { Hours($0) } ?? .zero }
        func categories(_ element: XMLElement?) -> [Program.Category] {
            (element?.children("category") ?? []).map {
                Program.Category(id: $0[attribute: "id"] ?? "", name: $0.normalizedText, minimum: hours($0[attribute: "min"]))
            }
        }
        let due = root.child("due")
        let dueRule: Program.DueRule
        switch due?[attribute: "rule"] {
        case "anniversary": dueRule = .anniversary
        case "fixed":
            let parts = (due?[attribute: "date"] ?? "12-31").split(separator: "-").compactMap { Int($0) }
            dueRule = .fixed(month: parts.first ?? 12, day: parts.last ?? 31)
        default: dueRule = .endOfMonth
        }
        let hoursElement = root.child("hours")
        let course = root.child("supervisorCourse")
        var program = Program(
            id: root[attribute: "id"] ?? "", name: root.child("name")?.normalizedText ?? "",
            authority: root.child("authority")?.normalizedText ?? "", sources: root.children("source").map(\.normalizedText),
            cycleMonths: Int(root.child("cycle")?[attribute: "months"] ?? "") ?? 24,
            anchor: Program.Anchor(rawValue: root.child("cycle")?[attribute: "anchor"] ?? "") ?? .award,
            dueRule: dueRule, graceDays: Int(root.child("grace")?[attribute: "days"] ?? "") ?? 0,
            lateFee: Int(root.child("fees")?[attribute: "late"] ?? "") ?? 0,
            renewalFee: Int(root.child("fees")?[attribute: "renewal"] ?? "") ?? 0,
            reminderDays: Int(root.child("reminder")?[attribute: "days"] ?? "") ?? 90,
            requiredHours: hours(hoursElement?[attribute: "required"]),
            countsFrom: Program.CountsFrom(rawValue: hoursElement?[attribute: "countsFrom"] ?? "") ?? .lastCertification,
            categories: categories(hoursElement),
            designations: root.children("designation").map {
                Program.Designation(id: $0[attribute: "id"] ?? "", name: $0.child("name")?.normalizedText ?? "", categories: categories($0))
            },
            supervisorCourse: course?.normalizedText ?? "", supervisorCourseHours: hours(course?[attribute: "hours"]),
            supervisorCourseRequired: course?[attribute: "required"] == "true")
        program.timeZone = root.child("timeZone")?.normalizedText
        return program
    }
}
