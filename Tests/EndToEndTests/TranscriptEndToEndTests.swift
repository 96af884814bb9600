import Foundation
import PeerTrackCLI
import Runner
import PeerXML
import Testing
@testable import Tracker
import Transcripts

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

// Transcripts from the outside: the built binary exports, validates and imports them, and
// xmllint, an independent validator, checks every export against the published schema.

/// The repository (three levels up from this file).
private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// The schema as shipped in the sources.
private let schemaFile = repository.appendingPathComponent("Sources/Transcripts/Schemas/transcript.xsd")

/// A folder for stores and files, removed when the test ends.
private final class TranscriptScratch {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("peertrack-transcript-e2e-\(UUID().uuidString)", isDirectory: true)

    init() {
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    func path(_ name: String) -> URL {
        url.appendingPathComponent(name)
    }
}

/// Runs programs to the end with output to files (never a full pipe).
private enum Run {
    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    struct Missing: Error, CustomStringConvertible {
        var name: String
        var description: String { "\(name) was not found; build PeerTrack first (swift build), and install xmllint (Debian: libxml2-utils)" }
    }

    /// The `peertrack` binary next to the test bundle, else in the package's build folders.
    static let peertrack: URL? = {
        var folders = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        if let first = CommandLine.arguments.first { folders.append(URL(fileURLWithPath: first).deletingLastPathComponent()) }
        folders += [".build-transcripts/debug", ".build/debug"].map { repository.appendingPathComponent($0) }
        return folders.map { $0.appendingPathComponent("peertrack") }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// libxml2's command-line validator.
    static let xmllint: URL? = ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin", "/opt/homebrew/opt/libxml2/bin", "/usr/local/opt/libxml2/bin"]
        .map { URL(fileURLWithPath: $0).appendingPathComponent("xmllint") }
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }

    static func program(_ executable: URL?, name: String, _ arguments: [String], environment: [String: String], in folder: URL) throws -> Result {
        guard let executable else { throw Missing(name: name) }
        let out = folder.appendingPathComponent("run-\(UUID().uuidString).stdout")
        let err = folder.appendingPathComponent("run-\(UUID().uuidString).stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = folder
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, output: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
            errors: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    /// `peertrack` on a store.
    static func peertrack(_ arguments: [String], store: URL, in folder: URL, user: String = "admin") throws -> Result {
        try program(
            peertrack, name: "the peertrack binary", arguments,
            environment: [
                "PATH": "/usr/bin:/bin", "HOME": folder.path, "USER": user, "LOGNAME": user, "TERM": "dumb",
                "PEERTRACK_STORE": store.path, "PEERTRACK_CONTENT": repository.path,
            ],
            in: folder)
    }

    /// `xmllint --noout --schema SCHEMA FILE`.
    static func xmllint(_ file: URL, schema: URL = schemaFile, in folder: URL) throws -> Result {
        try program(xmllint, name: "xmllint", ["--noout", "--nonet", "--schema", schema.path, file.path], environment: ["PATH": "/usr/bin:/bin"], in: folder)
    }
}

private func journal(_ store: URL) -> Data {
    (try? Data(contentsOf: store.appendingPathComponent("journal.log"))) ?? Data()
}

struct TranscriptBinaryTests {
    private let scratch = TranscriptScratch()
    private var storeA: URL { scratch.path("hope-works") }
    private var storeB: URL { scratch.path("new-dawn") }

    @discardableResult
    private func peertrack(_ arguments: [String], store: URL, user: String = "admin", sourceLocation: SourceLocation = #_sourceLocation) throws -> Run.Result {
        try Run.peertrack(arguments, store: store, in: scratch.url, user: user)
    }

    private func succeed(_ arguments: [String], store: URL, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try peertrack(arguments, store: store)
        #expect(result.status == 0, "\(arguments): \(result.errors)", sourceLocation: sourceLocation)
        return result.output
    }

    private func setUpAgency() throws {
        for command in [
            ["init", "--agency", "Hope Works"],
            ["person", "add", "ana", "--name", "Ana Díaz", "--login", "ana"],
            ["person", "add", "sam", "--name", "Sam Lee", "--role", "supervisor"],
            ["training", "add", "sam", "--course", "Supervising NC Certified Peer Support Specialists", "--date", "2025-01-05", "--hours", "3"],
            ["certify", "ana", "--date", "2024-03-15", "--number", "NC-1234", "--override", "certified before this store was kept"],
        ] {
            _ = try succeed(command, store: storeA)
        }
        let ethics = try succeed(
            ["ce", "add", "ana", "--date", "2025-02-01", "--hours", "3", "--title", "Ethics & boundaries", "--category", "ethics", "--provider", "UNC"],
            store: storeA
        ).trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try succeed(["ce", "verify", ethics, "--as", "sam"], store: storeA)
        let wrong = try succeed(
            ["ce", "add", "ana", "--date", "2025-03-01", "--hours", "2", "--title", "WRAP", "--category", "general"], store: storeA
        ).trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try succeed(["ce", "void", wrong, "--reason", "entered twice", "--as", "sam"], store: storeA)
        _ = try succeed(["ce", "add", "ana", "--date", "2025-04-01", "--hours", "4.5", "--title", "Trauma-informed care", "--category", "general"], store: storeA)
    }

    @Test func anExportIsValidForXmllintAndImportsOnceAtAnotherAgency() throws {
        try setUpAgency()

        // Export one person to a file: owner-only, valid for xmllint and for PeerTrack.
        let file = scratch.path("ana.xml")
        let exported = try succeed(["export", "transcript", "ana", "-o", file.path, "--on", "2025-12-01"], store: storeA)
        #expect(exported.contains("Wrote the transcript of ana (Ana Díaz) to \(file.path)"))
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        let lint = try Run.xmllint(file, in: scratch.url)
        #expect(lint.status == 0, "\(lint.errors)")
        #expect(lint.errors.contains("validates"))
        #expect(try succeed(["transcript", "validate", file.path], store: storeA).contains("a valid transcript of 1 person(s) with 7 records"))

        // The agency export on standard output, against the schema as `peertrack schema transcript` prints it.
        let agency = try succeed(["export", "agency", "--on", "2025-12-01"], store: storeA)
        #expect(agency.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Transcript xmlns=\"urn:peertrack:transcript:1\" version=\"1\">"))
        let agencyFile = scratch.path("agency.xml")
        try Data(agency.utf8).write(to: agencyFile)
        let printedSchema = scratch.path("printed.xsd")
        try Data(try succeed(["schema", "transcript"], store: storeA).utf8).write(to: printedSchema)
        #expect(try Data(contentsOf: printedSchema) == Data(contentsOf: schemaFile))
        let agencyLint = try Run.xmllint(agencyFile, schema: printedSchema, in: scratch.url)
        #expect(agencyLint.status == 0, "\(agencyLint.errors)")

        // Another agency imports it, then imports it again: nothing doubles.
        _ = try succeed(["init", "--agency", "New Dawn"], store: storeB)
        let imported = try succeed(["transcript", "import", file.path], store: storeB)
        #expect(imported.contains("Imported 7 records for 1 person(s) from \(file.path) (issued by Hope Works"))
        let afterImport = journal(storeB)
        let again = try succeed(["transcript", "import", file.path], store: storeB)
        #expect(again == "Nothing new in \(file.path): all 7 of its records are in this store already.\n")
        #expect(journal(storeB) == afterImport)

        // Its own export holds the same records, is valid for xmllint, and says the same status.
        let reexport = scratch.path("ana-again.xml")
        _ = try succeed(["export", "transcript", "ana", "-o", reexport.path, "--on", "2025-12-01"], store: storeB)
        #expect(try Run.xmllint(reexport, in: scratch.url).status == 0)
        let first = try TranscriptReader().read(contentsOf: file)
        let second = try TranscriptReader().read(contentsOf: reexport)
        #expect(first.records.count == second.records.count)
        #expect(zip(first.records, second.records).allSatisfy { $0.statesSameFact(as: $1) })
        #expect(first.people.first?.status == second.people.first?.status)
        #expect(second.records.allSatisfy { $0["origin"] == "Hope Works" })
    }

    @Test func badTranscriptsAreRefusedAndTheStoreIsUnchanged() throws {
        try setUpAgency()
        let file = scratch.path("ana.xml")
        _ = try succeed(["export", "transcript", "ana", "-o", file.path, "--on", "2025-12-01"], store: storeA)
        let good = try String(contentsOf: file, encoding: .utf8)
        _ = try succeed(["init", "--agency", "New Dawn"], store: storeB)
        _ = try succeed(["transcript", "import", file.path], store: storeB)
        let before = journal(storeB)

        func refused(_ name: String, _ text: String, saying expected: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let bad = scratch.path(name)
            try Data(text.utf8).write(to: bad)
            let result = try peertrack(["transcript", "import", bad.path], store: storeB)
            #expect(result.status == 1, sourceLocation: sourceLocation)
            #expect(result.errors.contains(expected), "\(result.errors)", sourceLocation: sourceLocation)
            #expect(result.errors.contains("nothing was imported and the store is unchanged"), sourceLocation: sourceLocation)
            #expect(journal(storeB) == before, sourceLocation: sourceLocation)
            let lines = result.errors.split(separator: "\n").dropLast()
            #expect(lines.allSatisfy { $0.hasPrefix("\(bad.path):") && $0.wholeMatch(of: /.+:[0-9]+:[0-9]+: .+/) != nil }, sourceLocation: sourceLocation)
        }

        try refused("conflict.xml", good.replacingOccurrences(of: "<Hours>4.5</Hours>", with: "<Hours>5.5</Hours>"), saying: "conflict: record ")
        try refused("malformed.xml", String(good.prefix(700)), saying: "malformed.xml:")
        try refused("other-schema.xml", good.replacingOccurrences(of: "<Role>specialist</Role>", with: "<Rank>specialist</Rank>"), saying: "Rank")
        try refused(
            "totals.xml", good.replacingOccurrences(of: "counted=\"7.5\" verified=\"3\"", with: "counted=\"17.5\" verified=\"3\""),
            saying: "ana: counted is 17.5 hours but the CE records that count")
        try refused(
            "entity.xml",
            good.replacingOccurrences(
                of: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                with: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE Transcript [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
            ).replacingOccurrences(of: "<Title>WRAP</Title>", with: "<Title>&x;</Title>"),
            saying: "entity.xml:2:")

        // validate reports the same problems on standard output, one per line.
        let totals = try peertrack(["transcript", "validate", scratch.path("totals.xml").path], store: storeB)
        #expect(totals.status == 1)
        #expect(totals.output.hasPrefix("\(scratch.path("totals.xml").path):"))
        #expect(totals.errors.contains("problem(s) found"))
    }

    @Test func exportsToAFolderThatDoesNotExistFailWithoutAFile() throws {
        try setUpAgency()
        let result = try peertrack(["export", "agency", "-o", scratch.path("missing/agency.xml").path], store: storeA)
        #expect(result.status == 1)
        #expect(result.errors.contains("could not create a temporary file in the folder"))
        #expect(!FileManager.default.fileExists(atPath: scratch.path("missing").path))
    }
}

struct TranscriptCLITests {
    private let scratch = TranscriptScratch()

    private func run(_ arguments: [String]) -> (status: Int32, console: BufferConsole) {
        let console = BufferConsole()
        let cli = CLI(
            arguments: arguments,
            environment: ["PEERTRACK_STORE": scratch.path("store").path, "PEERTRACK_CONTENT": repository.path],
            console: console, now: { Date(timeIntervalSince1970: 1_767_225_600) }, account: "tester")
        return (cli.run(), console)
    }

    @Test func usageErrorsExit64WithAPointerToHelp() {
        for arguments in [
            ["export", "transcript"], ["export", "transcript", "ana", "-o"], ["export", "agency", "extra"], ["transcript", "validate"],
            ["transcript", "import", "a.xml", "b.xml"], ["export", "transcript", "ana", "--on", "2025-02-30"],
            ["export", "agency", "-o", "a.xml", "--output", "b.xml"], ["schema", "transcripts"],
        ] {
            let (status, console) = run(arguments)
            #expect(status == 64, "\(arguments)")
            #expect(console.errors.contains("--help"), "\(arguments)")
        }
        #expect(run(["export"]).status == 64)
        #expect(run(["export", "--help"]).status == 0)
        #expect(run(["transcript", "import", "--help"]).console.output.contains("Usage: peertrack transcript import FILE"))
    }

    @Test func theHelpListsTheTranscriptCommands() {
        let output = run(["--help"]).console.output
        for command in ["export transcript", "export agency", "transcript validate", "transcript import"] {
            #expect(output.contains("  \(command) "), "\(command)")
        }
    }

    @Test func theStandardOutputExportGoesThroughTheConsole() throws {
        #expect(run(["init", "--agency", "Hope Works"]).status == 0)
        #expect(run(["person", "add", "ana", "--name", "Ana Díaz"]).status == 0)
        let (status, console) = run(["export", "transcript", "ana", "--on", "2025-12-01"])
        #expect(status == 0, "\(console.errors)")
        #expect(console.output.contains("<Name>Ana Díaz</Name>"))
        let schema = try TranscriptFormat.schema()
        _ = try SafeXMLReader(maxBytes: 64 << 20).parse(Data(console.output.utf8), name: "stdout", schema: schema)
        #expect(run(["export", "transcript", "nobody"]).status == 1)
    }

    @Test func theSchemaCommandPrintsTheTranscriptSchema() throws {
        let (status, console) = run(["schema", "transcript"])
        #expect(status == 0)
        #expect(console.output == (try String(contentsOf: schemaFile, encoding: .utf8)))
    }
}
