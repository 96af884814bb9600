import BenchmarkKit
import Foundation
import PeerTrackCore
import Testing
import Tracker

@testable import Transcripts

/// A transcript bigger than the 64 MiB the reader used to refuse, made from a generated
/// store: it validates, imports into an empty store, and imports again adding nothing.
struct LargeTranscriptTests {
    @Test func aTranscriptOverTheOldCapValidatesAndImports() throws {
        let scratch = Scratch()
        let source = scratch.path("source")
        try StoreGenerator(people: 300, records: 270_000, seed: 11).write(to: source)
        let file = scratch.path("big.xml")
        do { _ = try exportFile(try openTracker(source), to: file, on: "2026-11-22") }
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
