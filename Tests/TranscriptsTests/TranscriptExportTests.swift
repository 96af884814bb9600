import Foundation
import PeerTrackCore
import PeerXML
import Testing
@testable import Tracker

@testable import Transcripts

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

struct TranscriptExportTests {
    let scratch = Scratch()

    @Test func theShippedSchemaIsVersionedAndCompiles() throws {
        let text = try TranscriptFormat.schemaText
        #expect(text.contains("targetNamespace=\"urn:peertrack:transcript:1\""))
        #expect(text.contains("<xs:enumeration value=\"1\"/>"))
        _ = try TranscriptFormat.schema()
    }

    @Test func onePersonsTranscriptValidatesAgainstTheShippedSchema() throws {
        let tracker = try makeAgency(scratch.path("store"))
        let text = try exportText(tracker, person: "ana")
        #expect(schemaProblems(text).isEmpty, "\(schemaProblems(text))")
        #expect(text.contains("<Transcript xmlns=\"urn:peertrack:transcript:1\" version=\"1\">"))
        #expect(text.contains("<DocumentTypeCode>PersonTranscript</DocumentTypeCode>"))
        #expect(text.contains("<OrganizationName>Hope Works</OrganizationName>"))
        #expect(text.contains("<Software name=\"peertrack\" version=\"9.9.9\"/>"))
        #expect(text.contains("<CertificateNumber>NC-1234</CertificateNumber>"))
        #expect(text.contains("<Title>Ethics &amp; boundaries &lt;refresher&gt; &quot;2025&quot;</Title>"))
        #expect(text.contains("<Title>Serving veterans — families ☂</Title>"))
        #expect(text.contains("<SupervisorName>Sam Lee</SupervisorName>"))
        #expect(text.contains("<Reason>entered twice</Reason>"))
        #expect(text.contains("<Score scaled=\"0.8\" raw=\"4\" min=\"0\" max=\"5\"/>"))
        #expect(text.contains("<Success>true</Success>"))
        #expect(text.contains("<RenewalStatus on=\"2025-12-01\" state=\"current\">"))
        #expect(text.contains("<Hours required=\"20\" counted=\"5.25\" verified=\"3\" shortfall=\"14.75\"/>"))
        #expect(text.contains("<Category id=\"military\" minimum=\"8\" counted=\"1.25\" verified=\"0\" shortfall=\"6.75\">"))
        #expect(!text.contains("Lee Park"), "a person's transcript holds that person only")
    }

    @Test func theAgencyTranscriptHoldsEveryoneAndValidates() throws {
        let tracker = try makeAgency(scratch.path("store"))
        let text = try exportText(tracker)
        #expect(schemaProblems(text).isEmpty, "\(schemaProblems(text))")
        #expect(text.contains("<DocumentTypeCode>AgencyTranscript</DocumentTypeCode>"))
        let ids = text.matches(of: /<Person id="([^"]+)"/).map { String($0.output.1) }
        #expect(ids == ["ana", "sam", "lee"])
        #expect(text.contains("<Title>Supervising NC Certified Peer Support Specialists</Title>"))
        #expect(text.contains("<RenewalStatus on=\"2025-12-01\" state=\"not-certified\">"))
    }

    @Test func anEmptyRosterGivesAValidTranscript() throws {
        let tracker = try openTracker(scratch.path("store"))
        try tracker.initialize(agency: "Empty House", program: nil)
        let text = try exportText(tracker)
        #expect(schemaProblems(text).isEmpty, "\(schemaProblems(text))")
        #expect(!text.contains("<Person"))
    }

    @Test func theSameRecordsGiveTheSameBytesApartFromTheIssueTime() throws {
        let store = scratch.path("store")
        do { try makeAgency(store) }  // closed (and unlocked) before the next opens
        let morning = try exportText(try openTracker(store, at: 3_600))
        let evening = try exportText(try openTracker(store, at: 80_000))
        #expect(morning != evening)
        #expect(morning.contains("<CreatedDateTime>2026-11-22T01:00:00Z</CreatedDateTime>"))
        #expect(withoutIssueTime(morning) == withoutIssueTime(evening))
    }

    @Test func readingPeopleOnSeveralThreadsGivesTheBytesOfReadingEverythingAtOnce() throws {
        let store = scratch.path("store")
        do {
            let tracker = try makeAgency(store)
            for index in 0..<40 {
                try tracker.addPerson(id: "q\(index)", name: "Q & \(index) <☂>", role: .specialist, login: nil)
                try tracker.certify(person: "q\(index)", date: Day("2024-03-15")!, program: nil, number: "NC-\(index)", designation: nil, override: "certified before this store was kept")
                try tracker.addCE(person: "q\(index)", date: Day("2025-02-01")!, hours: Hours("1.5")!, title: "Quote <here> & \"quoted\"", category: "ethics", provider: nil)
            }
        }
        let everything = try exportText(try openTracker(store))
        let onDemand = try exportText(
            try Tracker(store: store, programs: shippedPrograms, context: TrackerContext(now: clock("2026-11-22", at: 43_200), account: "tester")))
        #expect(everything.matches(of: /<Person id=/).count == onDemand.matches(of: /<Person id=/).count)
        #expect(everything == onDemand)
        #expect(schemaProblems(onDemand).isEmpty)
    }

    @Test func nothingAboutLoginsOrUnrelatedRecordsIsExported() throws {
        let tracker = try makeAgency(scratch.path("store"))
        try tracker.write([(.lesson, [("person", "ana"), ("module", "ethics"), ("lesson", "boundaries")])], actor: "ana")
        let text = try exportText(tracker)
        #expect(!text.contains("login"))
        #expect(!text.contains(">boundaries<"))
        #expect(!text.contains(">ana<"), "the login 'ana' is not exported")
    }

    @Test func theStatusIsTheTrackersOnTheExportDate() throws {
        let tracker = try makeAgency(scratch.path("store"))
        let text = try exportText(tracker, person: "ana", on: "2026-04-15")
        #expect(text.contains("<RenewalStatus on=\"2026-04-15\" state=\"grace\">"))
        #expect(text.contains("<Due>2026-03-31</Due>"))
        #expect(text.contains("<GraceEnd>2026-04-30</GraceEnd>"))
    }

    @Test func aFileIsReadableByItsOwnerOnlyAndReplacedWhole() throws {
        let tracker = try makeAgency(scratch.path("store"))
        let target = scratch.path("out/ana.xml")
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try writeText("old content", to: target)
        chmod(target.path, 0o644)
        try exportFile(tracker, to: target, person: "ana")
        let attributes = try FileManager.default.attributesOfItem(atPath: target.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let text = try String(contentsOf: target, encoding: .utf8)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Transcript"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.deletingLastPathComponent().path) == ["ana.xml"], "no temporary file is left")
    }

    @Test func aFailedExportLeavesTheTargetAsItWas() throws {
        let tracker = try makeAgency(scratch.path("store"))
        let target = scratch.path("ana.xml")
        try writeText("old content", to: target)
        #expect(throws: TrackerError.unknownPerson("nobody")) { try exportFile(tracker, to: target, person: "nobody") }
        #expect(try String(contentsOf: target, encoding: .utf8) == "old content")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).sorted() == ["ana.xml", "store"])
    }

    @Test func aControlCharacterInARecordStopsTheExport() throws {
        let tracker = try makeAgency(scratch.path("store"))
        // Typed input refuses it now; a journal from before that may still hold one.
        let record = try tracker.write(
            [(.ce, [("person", "lee"), ("date", "2025-01-01"), ("hours", "1"), ("title", "Arrow key \u{1B}[A"), ("category", "general")])],
            actor: nil)[0]
        #expect(throws: TranscriptError.unrepresentable(record: record.id, field: "title")) { _ = try exportText(tracker) }
    }

    @Test func exportingNeedsAnAgency() throws {
        let tracker = try openTracker(scratch.path("store"))
        #expect(throws: TrackerError.self) { _ = try exportText(tracker) }
    }

    @Test func streamedTextIsCutBetweenCharacters() {
        let bytes = Array("a☂é".utf8)  // 1 + 3 + 2 bytes
        #expect(TranscriptFile.characterBoundary(Array(bytes[0..<1])) == 1)
        #expect(TranscriptFile.characterBoundary(Array(bytes[0..<2])) == 1)
        #expect(TranscriptFile.characterBoundary(Array(bytes[0..<3])) == 1)
        #expect(TranscriptFile.characterBoundary(Array(bytes[0..<4])) == 4)
        #expect(TranscriptFile.characterBoundary(Array(bytes[0..<5])) == 4)
        #expect(TranscriptFile.characterBoundary(bytes) == 6)
    }

    @Test func aLargeRosterStreamsPersonByPersonAndValidates() throws {
        let tracker = try openTracker(scratch.path("store"))
        try tracker.initialize(agency: "Big Agency", program: nil)
        for index in 0..<300 {
            let id = "p\(index)"
            try tracker.addPerson(id: id, name: "Person \(index) ☂", role: .specialist, login: nil)
            try tracker.certify(person: id, date: Day("2024-03-15")!, program: nil, number: "NC-\(index)", designation: nil, override: "certified before this store was kept")
            try tracker.addCE(person: id, date: Day("2025-02-01")!, hours: Hours("3")!, title: "Ethics", category: "ethics", provider: nil)
        }
        let text = try exportText(tracker)
        #expect(text.matches(of: /<Person id=/).count == 300)
        #expect(schemaProblems(text).isEmpty)
    }
}
