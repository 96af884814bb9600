import Foundation
import PeerTrackCore
import PeerXML
import Testing
@testable import Tracker

@testable import Transcripts

/// The records a transcript carries, read back from its text.
private func records(in text: String, scratch: Scratch, name: String = "read.xml") throws -> [Record] {
    try TranscriptReader().read(contentsOf: try writeText(text, to: scratch.path(name))).records
}

/// Whether two lists hold the same facts in the same order.
private func sameFacts(_ lhs: [Record], _ rhs: [Record]) -> Bool {
    lhs.count == rhs.count && zip(lhs, rhs).allSatisfy { $0.statesSameFact(as: $1) }
}

struct TranscriptImportTests {
    let scratch = Scratch()

    @Test func exportImportIntoAnEmptyStoreAndExportAgainKeepsTheRecordContent() throws {
        let source = try makeAgency(scratch.path("a"))
        let first = try exportText(source)
        let file = try writeText(first, to: scratch.path("agency.xml"))

        let target = try openTracker(scratch.path("b"))
        try target.initialize(agency: "New Dawn", program: nil)
        let summary = try TranscriptExchange(tracker: target).importTranscript(try TranscriptReader().read(contentsOf: file))
        #expect(summary.present == 0)
        #expect(summary.people == 3)

        let second = try exportText(target)
        #expect(schemaProblems(second).isEmpty, "\(schemaProblems(second))")
        let before = try records(in: first, scratch: scratch, name: "1.xml")
        let after = try records(in: second, scratch: scratch, name: "2.xml")
        #expect(before.count == summary.added)
        #expect(sameFacts(before, after))
        // Everything but the issuer, the issue time and the origin is byte for byte the same.
        func normalized(_ text: String) -> String {
            withoutIssueTime(text).replacingOccurrences(of: " origin=\"Hope Works\"", with: "")
                .replacingOccurrences(of: "<OrganizationName>New Dawn</OrganizationName>", with: "<OrganizationName>Hope Works</OrganizationName>")
        }
        #expect(normalized(first) == normalized(second))
    }

    @Test func importedRecordsKeepTheirIdsTimesAccountsAndActorsAndNoteTheirOrigin() throws {
        let source = try makeAgency(scratch.path("a"))
        let file = try writeText(try exportText(source, person: "ana"), to: scratch.path("ana.xml"))
        let target = try openTracker(scratch.path("b"), account: "admin")
        try target.initialize(agency: "New Dawn", program: nil)
        let held = try target.journal.allRecords().count
        let summary = try TranscriptExchange(tracker: target).importTranscript(contentsOf: file, displayName: "ana.xml")

        let added = try appended(to: target, after: held)
        #expect(added.count == summary.added)
        for record in added {
            let original = try #require(source.completeLedger().record(record.id))
            #expect(record.time == original.time)
            #expect(record.account == original.account)
            #expect(record.actor == original.actor)
            #expect(record["origin"] == "Hope Works")
            #expect(record.fields.dropLast().map { "\($0.key)=\($0.value)" } == original.fields.filter { $0.key != "login" }.map { "\($0.key)=\($0.value)" })
        }
        let note = try #require(summary.note)
        #expect(note.stamp.account == "admin")
        #expect(note.file == "ana.xml")
        #expect(note.issuer == "Hope Works")
        #expect(note.added == summary.added)
        #expect(try target.journal.allRecords().last.flatMap(ImportNote.init) == note)
        #expect(try target.completeLedger().person("ana")?.login == nil, "a login at another agency is not imported")
    }

    @Test func importedVerificationsAndVoidsCountTheSame() throws {
        let source = try makeAgency(scratch.path("a"))
        let file = try writeText(try exportText(source, person: "ana"), to: scratch.path("ana.xml"))
        let target = try openTracker(scratch.path("b"))
        try target.initialize(agency: "New Dawn", program: nil)
        try TranscriptExchange(tracker: target).importTranscript(try TranscriptReader().read(contentsOf: file))
        let day = Day("2025-12-01")!
        #expect(try target.status(of: "ana", on: day) == source.status(of: "ana", on: day))
        #expect(try target.status(of: "ana", on: day).hoursVerified == Hours(3))
    }

    @Test func importingTheSameFileTwiceAddsNothing() throws {
        let source = try makeAgency(scratch.path("a"))
        let file = try writeText(try exportText(source), to: scratch.path("agency.xml"))
        let store = scratch.path("b")
        let target = try openTracker(store)
        try target.initialize(agency: "New Dawn", program: nil)
        try TranscriptExchange(tracker: target).importTranscript(try TranscriptReader().read(contentsOf: file))
        let bytes = journalBytes(store)
        let again = try TranscriptExchange(tracker: target).importTranscript(try TranscriptReader().read(contentsOf: file))
        #expect(again.added == 0)
        #expect(again.note == nil)
        #expect(again.present == (try TranscriptReader().read(contentsOf: file).records.count))
        #expect(journalBytes(store) == bytes)
        #expect(try target.completeLedger().people.map(\.id) == ["ana", "sam", "lee"])
    }

    @Test func importingIntoTheIssuingStoreAddsNothing() throws {
        let store = scratch.path("a")
        let source = try makeAgency(store)
        let file = try writeText(try exportText(source), to: scratch.path("agency.xml"))
        let bytes = journalBytes(store)
        let summary = try TranscriptExchange(tracker: source).importTranscript(try TranscriptReader().read(contentsOf: file))
        #expect(summary.added == 0)
        #expect(journalBytes(store) == bytes)
    }

    @Test func aSecondTransferKeepsTheFirstOrigin() throws {
        let first = try makeAgency(scratch.path("a"))
        let second = try openTracker(scratch.path("b"))
        try second.initialize(agency: "New Dawn", program: nil)
        try TranscriptExchange(tracker: second).importTranscript(try TranscriptReader().read(contentsOf: try writeText(try exportText(first, person: "ana"), to: scratch.path("1.xml"))))
        let third = try openTracker(scratch.path("c"))
        try third.initialize(agency: "Third Place", program: nil)
        let held = try third.journal.allRecords().count
        let summary = try TranscriptExchange(tracker: third).importTranscript(
            try TranscriptReader().read(contentsOf: try writeText(try exportText(second, person: "ana"), to: scratch.path("2.xml"))))
        #expect(summary.added > 0)
        #expect(try appended(to: third, after: held).allSatisfy { $0["origin"] == "Hope Works" })
        #expect(summary.note?.issuer == "New Dawn")
    }

    @Test func aPersonAlreadyOnTheRosterUnderTheSameNameGetsTheRecords() throws {
        let source = try makeAgency(scratch.path("a"))
        let file = try writeText(try exportText(source, person: "ana"), to: scratch.path("ana.xml"))
        let target = try openTracker(scratch.path("b"))
        try target.initialize(agency: "New Dawn", program: nil)
        let local = try target.addPerson(id: "ana", name: "Ana Díaz", role: .specialist, login: "adiaz")
        let held = try target.journal.allRecords().count
        try TranscriptExchange(tracker: target).importTranscript(try TranscriptReader().read(contentsOf: file))
        #expect(!(try appended(to: target, after: held)).contains { $0.kind == .person })
        #expect(try target.person("ana").recordID == local.stamp.id)
        #expect(try target.history(of: "ana").ceEntries.count == 3)
    }

    @Test func aQuizAttemptSurvivesTheRoundTripInTheShapeOfAnXAPIResult() throws {
        let source = try makeAgency(scratch.path("a"))
        let attempt = try #require(source.history(of: "ana").records.first { $0.kind == .attempt })
        let read = try records(in: try exportText(source, person: "ana"), scratch: scratch)
        let back = try #require(read.first { $0.id == attempt.id })
        #expect(back == attempt, "fields in the same order, nothing lost")
    }

    @Test func fieldsTheFormatHasNoElementForTravelAsExtensions() throws {
        let tracker = try makeAgency(scratch.path("a"))
        let odd = Record(
            id: "odd-1", kind: .ce, time: "2025-06-01T00:00:00Z", account: "tester", actor: nil,
            fields: [
                ("person", "lee"), ("date", "2025-06-01"), ("hours", "2"), ("title", "Odd"), ("category", "general"), ("room", "B 12"),
                ("title", "second title"),
            ])
        let oddAttempt = Record(
            id: "odd-2", kind: .attempt, time: "2025-06-01T00:00:00Z", account: "tester", actor: nil,
            fields: [("person", "lee"), ("quiz", "q"), ("score", "79.5"), ("passed", "maybe"), ("ended", "soon")])
        try tracker.append([odd, oddAttempt])
        let text = try exportText(tracker, person: "lee")
        #expect(schemaProblems(text).isEmpty, "\(schemaProblems(text))")
        #expect(text.contains("<Extension name=\"room\">B 12</Extension>"))
        let read = try records(in: text, scratch: scratch)
        #expect(try #require(read.first { $0.id == "odd-1" }) == odd)
        #expect(try #require(read.first { $0.id == "odd-2" }).statesSameFact(as: oddAttempt))
    }

    @Test func aLoginSmuggledInAsAnExtensionIsNotImported() throws {
        let source = try makeAgency(scratch.path("a"))
        let text = replacingFirst(
            "<Role>specialist</Role>", with: "<Role>specialist</Role>\n    <Extension name=\"login\">tester</Extension>",
            in: try exportText(source, person: "ana"))
        #expect(schemaProblems(text).isEmpty)
        let target = try openTracker(scratch.path("b"))
        try target.initialize(agency: "New Dawn", program: nil)
        try TranscriptExchange(tracker: target).importTranscript(try TranscriptReader().read(contentsOf: try writeText(text, to: scratch.path("ana.xml"))))
        #expect(try target.completeLedger().person("ana") != nil)
        #expect(try target.completeLedger().person("ana")?.login == nil)
        #expect(try target.completeLedger().person(login: "tester") == nil, "a file never decides who is acting here")
    }
}

/// The records an import appended to a store that held `count` before it, without its note.
private func appended(to tracker: Tracker, after count: Int) throws -> [Record] {
    let all = try tracker.journal.allRecords()
    #expect(all.last?.kind == .import)
    return Array(all.dropFirst(count).dropLast())
}
