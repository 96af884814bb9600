import Foundation
import PeerTrackCore
import PeerXML
import Testing
@testable import Tracker

@testable import Transcripts

/// The repository (two levels up from this folder), which holds the program rules.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The certification programs shipped in Curriculum/programs.
let shippedPrograms: [String: Program] = {
    (try? ProgramLoader(directory: repositoryRoot.appendingPathComponent("Curriculum/programs")).load()) ?? [:]
}()

/// A folder in the temporary directory that is removed when the test holding it ends.
final class Scratch {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("peertrack-transcripts-\(UUID().uuidString)", isDirectory: true)

    init() {
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// A path inside the folder.
    func path(_ name: String) -> URL {
        url.appendingPathComponent(name)
    }
}

/// A clock fixed at a time of day (UTC) on a day.
func clock(_ day: String, at seconds: Int = 43_200) -> @Sendable () -> Date {
    let days = Day(day)!.daysSinceEpoch
    return { Date(timeIntervalSince1970: Double(days * 86_400 + seconds)) }
}

/// A tracker on a store with a fixed "today" and account.
func openTracker(_ store: URL, today: String = "2026-11-22", at seconds: Int = 43_200, account: String = "tester") throws -> Tracker {
    try Tracker(store: store, programs: shippedPrograms, context: TrackerContext(now: clock(today, at: seconds), account: account))
}

/// The journal's bytes.
func journalBytes(_ store: URL) -> Data {
    (try? Data(contentsOf: store.appendingPathComponent(Journal.fileName))) ?? Data()
}

/// An agency with a certified specialist (verified, voided, unverified and quiz-earned CE,
/// a quiz attempt, text that needs escaping and non-ASCII text), a trained supervisor, and
/// a specialist with no records yet.
@discardableResult
func makeAgency(_ store: URL, name: String = "Hope Works") throws -> Tracker {
    let tracker = try openTracker(store)
    try tracker.initialize(agency: name, program: nil)
    try tracker.addPerson(id: "ana", name: "Ana Díaz", role: .specialist, login: "ana")
    try tracker.addPerson(id: "sam", name: "Sam Lee", role: .supervisor, login: "sam")
    try tracker.addPerson(id: "lee", name: "Lee Park", role: .specialist, login: nil)
    try tracker.addTraining(person: "sam", course: "Supervising NC Certified Peer Support Specialists", date: Day("2025-01-05")!, hours: Hours("3")!)
    try tracker.certify(person: "ana", date: Day("2024-03-15")!, program: nil, number: "NC-1234", designation: "military", override: "certified before this store was kept")
    let ethics = try tracker.addCE(
        person: "ana", date: Day("2025-02-01")!, hours: Hours("3")!, title: "Ethics & boundaries <refresher> \"2025\"", category: "ethics", provider: "UNC")
    try tracker.verify(record: ethics.id, as: "sam")
    let wrong = try tracker.addCE(person: "ana", date: Day("2025-03-01")!, hours: Hours("2.5")!, title: "WRAP", category: "general", provider: nil)
    try tracker.void(record: wrong.id, reason: "entered twice", as: "sam")
    try tracker.addCE(person: "ana", date: Day("2025-04-10")!, hours: Hours("1.25")!, title: "Serving veterans — families ☂", category: "military", provider: "VA")
    let attempt = try tracker.write(
        [(
            .attempt,
            [
                ("person", "ana"), ("quiz", "ethics-quiz"), ("version", "2"), ("seed", "4711"), ("questions", "q1,q2,q3,q4,q5"),
                ("answers", "a|b,c|true|peer \\| support|d"), ("correct", "4"), ("asked", "5"), ("score", "80"), ("passed", "true"),
                ("started", "2025-05-01T10:00:00Z"), ("ended", "2025-05-01T10:12:30Z"),
            ]
        )], actor: "ana")[0]
    try tracker.addCE(
        person: "ana", date: Day("2025-05-01")!, hours: Hours("1")!, title: "Quiz passed: Ethics", category: "general", provider: "in-service",
        extra: [("attempt", attempt.id)], actor: "ana")
    return tracker
}

/// A whole transcript as text.
func exportText(_ tracker: Tracker, person: String? = nil, on day: String = "2025-12-01") throws -> String {
    var text = ""
    try TranscriptFile.stream({ try TranscriptExchange(tracker: tracker).writeTranscript(person: person, on: Day(day)!, softwareVersion: "9.9.9", to: $0) }, to: { text += $0 })
    return text
}

/// Writes a transcript to a file and returns its URL.
@discardableResult
func exportFile(_ tracker: Tracker, to url: URL, person: String? = nil, on day: String = "2025-12-01") throws -> URL {
    try TranscriptFile.write(to: url) { try TranscriptExchange(tracker: tracker).writeTranscript(person: person, on: Day(day)!, softwareVersion: "9.9.9", to: $0) }
    return url
}

/// Writes text to a file.
@discardableResult
func writeText(_ text: String, to url: URL) throws -> URL {
    try Data(text.utf8).write(to: url)
    return url
}

/// Validates a document against the shipped schema in-process; returns the problems.
func schemaProblems(_ text: String, name: String = "transcript.xml") -> [XMLDiagnostic] {
    do {
        let schema = try TranscriptFormat.schema()
        _ = try SafeXMLReader(maxBytes: 64 << 20, maxDepth: TranscriptFormat.maxDepth).parse(Data(text.utf8), name: name, schema: schema)
        return []
    } catch let error as XMLDocumentError {
        return error.diagnostics
    } catch {
        return [XMLDiagnostic(file: name, line: 0, column: 0, message: "\(error)")]
    }
}

/// The transcript with its issue time blanked out.
func withoutIssueTime(_ text: String) -> String {
    text.replacingOccurrences(of: "<CreatedDateTime>[^<]*</CreatedDateTime>", with: "<CreatedDateTime/>", options: .regularExpression)
}

/// The diagnostics an operation throws, or none.
func diagnostics(_ operation: () throws -> Void) -> [XMLDiagnostic] {
    do {
        try operation()
        return []
    } catch let error as XMLDocumentError {
        return error.diagnostics
    } catch {
        return [XMLDiagnostic(file: "?", line: 0, column: 0, message: "unexpected error: \(error)")]
    }
}

/// Text with the first occurrence of `target` replaced; records an issue if it is absent.
func replacingFirst(_ target: String, with replacement: String, in text: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
    guard let range = text.range(of: target) else {
        Issue.record("'\(target)' is not in the transcript", sourceLocation: sourceLocation)
        return text
    }
    return text.replacingCharacters(in: range, with: replacement)
}
