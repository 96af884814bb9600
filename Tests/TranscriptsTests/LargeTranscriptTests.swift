import BenchmarkKit
import Foundation
import PeerTrackCore
import PeerXML
import Testing
import Tracker

@testable import Transcripts

/// A transcript bigger than the 64 MiB the reader used to refuse, made from a generated
/// store: it validates, imports into an empty store, and imports again adding nothing.
struct LargeTranscriptTests {
    @Test func aTranscriptOverTheOldCapValidatesAndImports() throws {
        let scratch = Scratch()
        let file = try generatedTranscript(StoreGenerator(people: 300, records: 270_000, seed: 11), scratch: scratch, name: "big.xml")
        let size = try #require(try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? NSNumber).intValue
        #expect(size > 64 << 20, "the file is \(size) bytes")

        let outline = try TranscriptReader().validate(contentsOf: file, programs: shippedPrograms)
        #expect(outline.people == 300)
        #expect(outline.records > 260_000)

        let store = scratch.path("target")
        let target = try openTracker(store)
        try target.initialize(agency: "State Office", program: nil)
        let first = try TranscriptExchange(tracker: target).importTranscript(contentsOf: file)
        #expect(first.added == outline.records)
        #expect(first.people == 300)
        #expect(target.people.count == 300)
        let bytes = journalBytes(store)
        let again = try TranscriptExchange(tracker: target).importTranscript(contentsOf: file)
        #expect(again.added == 0 && again.present == outline.records && again.note == nil)
        #expect(journalBytes(store) == bytes)
    }
}

struct ManyProblemsTests {
    @Test func aFileWrongThroughoutReportsAThousandProblemsAndHowManyMore() throws {
        let scratch = Scratch()
        let file = try generatedTranscript(StoreGenerator(people: 20, records: 3_000, seed: 5), scratch: scratch, name: "good.xml")
        var text = try String(contentsOf: file, encoding: .utf8)
        let courses = text.matches(of: /<Hours>[0-9.]+<\/Hours>/).count
        try #require(courses > ProblemList.defaultLimit + 100)
        text = text.replacing(/<Hours>[0-9.]+<\/Hours>/, with: "<Hours>lots</Hours>")
        let bad = try writeText(text, to: scratch.path("bad.xml"))
        var problems: [XMLDiagnostic] = []
        do {
            _ = try TranscriptReader().validate(contentsOf: bad, displayName: "bad.xml")
        } catch {
            problems = error.diagnostics
        }
        #expect(problems.count == ProblemList.defaultLimit + 1)
        #expect(problems.last?.message.hasSuffix("more problem(s) were found and are not shown; fix these and check the file again") == true)
        #expect(problems.allSatisfy { $0.description.wholeMatch(of: /bad\.xml:[1-9][0-9]*:[1-9][0-9]*: .+/) != nil })
    }
}

/// The agency transcript of a store the generator writes, on the generator's day.
private func generatedTranscript(_ generator: StoreGenerator, scratch: Scratch, name: String) throws -> URL {
    let source = scratch.path("source-\(name)")
    try generator.write(to: source)
    return try exportFile(try openTracker(source), to: scratch.path(name), on: "2026-11-22")
}
