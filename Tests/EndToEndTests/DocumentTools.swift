import Foundation
import TestTools
import Testing

@testable import Tracker

/// The checking tools the document tests run (`TestTools`), with what these tests ask of them.
typealias DocumentTool = ExternalTool

extension ExternalTool {
    /// `qpdf --check` of a file: its exit status and what it said.
    static func check(_ pdf: URL) throws -> (status: Int32, output: String) {
        try qpdf.run(["--check", pdf.path])
    }

    /// The text pdftotext reads from a PDF, pages separated by form feeds.
    static func text(of pdf: URL) throws -> String {
        let out = pdf.deletingPathExtension().appendingPathExtension("txt")
        let result = try pdftotext.run(["-enc", "UTF-8", pdf.path, out.path])
        #expect(result.status == 0, "pdftotext: \(result.output)")
        return (try? String(contentsOf: out, encoding: .utf8)) ?? ""
    }

    /// Text with every run of white space made one space, so wrapped lines read as one.
    static func flattened(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// Runs the binary with its standard output in a file, for commands that write bytes.
enum BinaryRun {
    static func bytes(_ arguments: [String], store: URL, user: String = "admin") throws -> (status: Int32, bytes: [UInt8], errors: String) {
        let (process, out, err) = try PeerTrackProcess.start(arguments, store: store, user: user)
        process.waitUntilExit()
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        return (
            process.terminationStatus, FileManager.default.contents(atPath: out.path).map { [UInt8]($0) } ?? [],
            (try? String(contentsOf: err, encoding: .utf8)) ?? ""
        )
    }

    /// The permission bits of a file.
    static func mode(_ url: URL) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions]) as? Int) ?? -1
    }
}

/// Stores filled in-process through the tracker, for tests that then run the binary on them
/// (the tracker is closed, and its lock let go, when `fill` returns).
enum StoreFiller {
    static let programs: [String: Program] =
        (try? ProgramLoader(directory: PeerTrackProcess.repository.appendingPathComponent("Curriculum/programs")).load()) ?? [:]

    static func fill(_ store: URL, account: String = "admin", _ body: (Tracker) throws -> Void) throws {
        let tracker = try Tracker(store: store, programs: programs, context: TrackerContext(now: { Date() }, account: account))
        try body(tracker)
    }
}

/// A folder for one test's store and files, removed when the test is done.
final class ScratchFolder: Sendable {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("peertrack-documents-e2e-\(UUID().uuidString)", isDirectory: true)

    init() {
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
