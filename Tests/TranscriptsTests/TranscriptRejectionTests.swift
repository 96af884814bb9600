import Foundation
import PeerTrackCore
import PeerXML
import Testing
@testable import Tracker

@testable import Transcripts

/// A store with one imported person, and a transcript of an agency to tamper with.
private struct Setting {
    let scratch = Scratch()
    let store: URL
    let tracker: Tracker
    let transcript: String

    init() throws {
        let source = try makeAgency(scratch.path("a"))
        transcript = try exportText(source)
        store = scratch.path("b")
        tracker = try openTracker(store)
        try tracker.initialize(agency: "New Dawn", program: nil)
    }

    /// Imports `text`, returning the problems; the store must be unchanged when there are any.
    func importProblems(_ text: String, name: String = "in.xml", sourceLocation: SourceLocation = #_sourceLocation) throws -> [XMLDiagnostic] {
        let file = try writeText(text, to: scratch.path(name))
        let before = journalBytes(store)
        let problems = diagnostics {
            try TranscriptExchange(tracker: tracker).importTranscript(try TranscriptReader().read(contentsOf: file, displayName: name))
        }
        if !problems.isEmpty {
            #expect(journalBytes(store) == before, "the store is unchanged", sourceLocation: sourceLocation)
        }
        for problem in problems {
            #expect(
                problem.description.wholeMatch(of: /in\.xml:[1-9][0-9]*:[1-9][0-9]*: .+/) != nil || !name.hasPrefix("in"),
                "FILE:LINE:COLUMN: message, got \(problem)", sourceLocation: sourceLocation)
        }
        return problems
    }
}

private func messages(_ problems: [XMLDiagnostic]) -> String {
    problems.map(\.description).joined(separator: "\n")
}

struct TranscriptConflictTests {
    @Test func aRecordWhoseIdIsTakenByOtherContentIsAConflictAndNothingIsWritten() throws {
        let setting = try Setting()
        #expect(try setting.importProblems(setting.transcript).isEmpty)
        var changed = replacingFirst("<Hours>2.5</Hours>", with: "<Hours>3.5</Hours>", in: setting.transcript)
        // A new person in the same file must not slip in either.
        changed = replacingFirst("</Transcript>", with: """
              <Person id="new" record="new-person" recorded="2025-01-01T00:00:00Z" account="x">
                <Name>New Person</Name><Role>specialist</Role><Program>nc-cpss</Program>
                <RenewalStatus on="2025-12-01" state="not-certified"><Hours required="20" counted="0" verified="0" shortfall="20"/></RenewalStatus>
              </Person>
            </Transcript>
            """, in: changed)
        let problems = try setting.importProblems(changed)
        #expect(problems.count == 1, "\(messages(problems))")
        let problem = try #require(problems.first)
        #expect(problem.message.hasPrefix("conflict: record "))
        #expect(problem.message.contains("its hours is '2.5' here, '3.5' in the transcript"))
        let lines = changed.split(separator: "\n", omittingEmptySubsequences: false)
        let hours = try #require(lines.firstIndex { $0.contains("<Hours>3.5</Hours>") })
        let course = try #require(lines[..<hours].lastIndex { $0.contains("<Course record=") })
        #expect(problem.line == course + 1, "points at the <Course> whose hours changed")
        #expect(setting.tracker.ledger.person("new") == nil)
    }

    @Test func aPersonIdThatBelongsToSomeoneElseHereIsAConflict() throws {
        let setting = try Setting()
        try setting.tracker.addPerson(id: "ana", name: "Ana Smith", role: .specialist, login: nil)
        let problems = try setting.importProblems(setting.transcript)
        #expect(problems.count == 1, "\(messages(problems))")
        #expect(problems.first?.message == "conflict: person id 'ana' belongs to Ana Smith in this store but to Ana Díaz in the transcript")
        #expect(setting.tracker.ledger.person("sam") == nil, "all or nothing")
    }

    @Test func anAwardInAProgramWithoutRulesHereIsRefused() throws {
        let setting = try Setting()
        let text = replacingFirst("<Program>nc-cpss</Program>\n        <Number>", with: "<Program>xx-cps</Program>\n        <Number>", in: setting.transcript)
        let problems = try setting.importProblems(text)
        #expect(problems.count == 1, "\(messages(problems))")
        #expect(problems.first?.message.contains("program 'xx-cps', which this PeerTrack has no rules for") == true)
    }
}

struct TranscriptRejectionTests {
    @Test func aMalformedTranscriptIsRejectedWithTheParsersMessage() throws {
        let setting = try Setting()
        let cut = String(setting.transcript.prefix(900))
        let problems = try setting.importProblems(cut)
        #expect(!problems.isEmpty)
        #expect(problems.allSatisfy { $0.line > 1 })
        #expect(!messages(problems).contains("could not be read"), "\(messages(problems))")
    }

    @Test func aTranscriptOfAnotherSchemaIsRejected() throws {
        let setting = try Setting()
        let cases = [
            setting.transcript.replacingOccurrences(of: "urn:peertrack:transcript:1", with: "urn:peertrack:transcript:2"),
            setting.transcript.replacingOccurrences(of: "version=\"1\">", with: "version=\"2\">"),
            replacingFirst("<Role>specialist</Role>", with: "", in: setting.transcript),
            replacingFirst("<Date>2025-02-01</Date>", with: "<Date>2025-02-30</Date>", in: setting.transcript),
            replacingFirst("<Hours>3</Hours>", with: "<Hours>three</Hours>", in: setting.transcript),
            "<html><body>not a transcript</body></html>\n",
        ]
        for text in cases {
            #expect(!(try setting.importProblems(text)).isEmpty)
        }
    }

    @Test func aRecordIdUsedTwiceIsRejectedByTheSchema() throws {
        let setting = try Setting()
        let second = try #require(setting.transcript.firstMatch(of: /<Course record="([0-9a-f]+)"/)?.output.1)
        let first = try #require(setting.transcript.firstMatch(of: /<Award record="([0-9a-f]+)"/)?.output.1)
        let text = setting.transcript.replacingOccurrences(of: "record=\"\(second)\"", with: "record=\"\(first)\"")
        let problems = try setting.importProblems(text)
        #expect(messages(problems).contains("Duplicate key-sequence"), "\(messages(problems))")
    }

    @Test func aPersonIdUsedTwiceIsRejectedWithWhereItWasFirstUsed() throws {
        let setting = try Setting()
        let ids = setting.transcript.matches(of: /<Person id="([^"]+)"/).map { String($0.output.1) }
        try #require(ids.count >= 2)
        let text = replacingFirst("<Person id=\"\(ids[1])\"", with: "<Person id=\"\(ids[0])\"", in: setting.transcript)
        let firstLine = setting.transcript.prefix(upTo: try #require(setting.transcript.range(of: "<Person id=\"\(ids[0])\""))
            .lowerBound).filter { $0 == "\n" }.count + 1
        let problems = try setting.importProblems(text)
        #expect(problems.count == 1, "\(messages(problems))")
        #expect(problems.first?.message.contains("Duplicate key-sequence ['\(ids[0])'] in unique identity-constraint") == true, "\(messages(problems))")
        #expect(problems.first?.message.hasSuffix("PersonIDsAreUnique' (first used on line \(firstLine))") == true, "\(messages(problems))")
    }

    @Test func totalsThatDoNotAddUpAreRejected() throws {
        let setting = try Setting()
        let text = replacingFirst("counted=\"5.25\" verified=\"3\"", with: "counted=\"25.25\" verified=\"3\"", in: setting.transcript)
        let problems = try setting.importProblems(text)
        #expect(problems.count == 1, "\(messages(problems))")
        #expect(problems.first?.message.hasPrefix("ana: counted is 25.25 hours but the CE records that count") == true)
        #expect(problems.first?.message.hasSuffix("add up to 5.25") == true)
    }

    @Test func categoryHoursThatDoNotAddUpAreRejected() throws {
        let setting = try Setting()
        let text = replacingFirst("<Category id=\"ethics\" minimum=\"3\" counted=\"3\" verified=\"3\"", with: "<Category id=\"ethics\" minimum=\"3\" counted=\"3\" verified=\"0\"", in: setting.transcript)
        let problems = try setting.importProblems(text)
        #expect(problems.map(\.message) == ["ana: category ethics verified is 0 hours but its verified CE records that count (not void, dated after 2024-03-15 and on or before 2025-12-01) add up to 3"])
    }

    @Test func aVoidedRecordThatStillCountsIsRejected() throws {
        let setting = try Setting()
        let voidStart = try #require(setting.transcript.range(of: "        <Void record="))
        let voidEnd = try #require(setting.transcript.range(of: "</Void>\n", range: voidStart.upperBound..<setting.transcript.endIndex))
        let text = setting.transcript.replacingCharacters(in: voidStart.lowerBound..<voidEnd.upperBound, with: "")
        #expect(!(try setting.importProblems(text)).isEmpty, "without its void the record counts, so the totals are off")
    }

    @Test func aCertificateNumberThatIsNotTheLatestAwardsIsRejected() throws {
        let setting = try Setting()
        let text = replacingFirst("<CertificateNumber>NC-1234</CertificateNumber>", with: "<CertificateNumber>NC-9999</CertificateNumber>", in: setting.transcript)
        let problems = try setting.importProblems(text)
        #expect(problems.map(\.message) == ["ana: CertificateNumber is 'NC-9999' but the latest award's number is 'NC-1234'"])
    }

    @Test func aDoctypeWithAnExternalEntityIsRejected() throws {
        let setting = try Setting()
        let text = setting.transcript
            .replacingOccurrences(
                of: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                with: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE Transcript [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n")
            .replacingOccurrences(of: "<Title>WRAP</Title>", with: "<Title>&secret;</Title>")
        let problems = try setting.importProblems(text)
        #expect(problems.first?.message.contains("DOCTYPE declaration is not allowed") == true)
        #expect(problems.first?.line == 2)
        #expect(!messages(problems).contains("root:"))
    }

    @Test func anEntityBombIsRejected() throws {
        let setting = try Setting()
        let entities = (1...9).map { "<!ENTITY l\($0) \"&l\($0 - 1);&l\($0 - 1);&l\($0 - 1);&l\($0 - 1);&l\($0 - 1);\">" }.joined()
        let text = setting.transcript
            .replacingOccurrences(
                of: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                with: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE Transcript [<!ENTITY l0 \"ha\">\(entities)]>\n")
            .replacingOccurrences(of: "<Title>WRAP</Title>", with: "<Title>&l9;</Title>")
        #expect(!(try setting.importProblems(text)).isEmpty)
    }

    @Test func anUndeclaredEntityReferenceIsRejected() throws {
        let setting = try Setting()
        let text = setting.transcript.replacingOccurrences(of: "<Title>WRAP</Title>", with: "<Title>&nbsp;</Title>")
        #expect(!(try setting.importProblems(text)).isEmpty)
    }

    @Test func aTextLongerThanTheCapIsRejected() throws {
        let setting = try Setting()
        let long = String(repeating: "x", count: TranscriptFormat.maxTextBytes + 1)
        let problems = try setting.importProblems(replacingFirst("<Title>WRAP</Title>", with: "<Title>\(long)</Title>", in: setting.transcript))
        #expect(problems.count == 1, "\(messages(problems))")
        #expect(problems.first?.message == "the text of <Title> is longer than \(TranscriptFormat.maxTextBytes) bytes, the limit")
    }

    @Test func aPersonOfMoreElementsThanTheCapIsRejected() throws {
        let setting = try Setting()
        let many = String(repeating: "<Extension name=\"e\">x</Extension>", count: TranscriptFormat.maxPersonElements)
        let problems = try setting.importProblems(replacingFirst("<Title>WRAP</Title>", with: "<Title>WRAP</Title>\(many)", in: setting.transcript))
        #expect(problems.count == 1, "\(messages(problems))")
        #expect(problems.first?.message == "this <Person> holds more than \(TranscriptFormat.maxPersonElements) elements; the limit is \(TranscriptFormat.maxPersonElements)")
    }

    @Test func aPersonTranscriptHoldsOnePerson() throws {
        let setting = try Setting()
        let text = setting.transcript.replacingOccurrences(of: "AgencyTranscript", with: "PersonTranscript")
        let problems = try setting.importProblems(text)
        #expect(problems.map(\.message) == ["a PersonTranscript holds exactly one <Person>; this one holds 3"])
    }
}

struct TranscriptCheckerTests {
    @Test func aCleanTranscriptHasNoProblemsUnderTheProgramsRules() throws {
        let scratch = Scratch()
        let tracker = try makeAgency(scratch.path("a"))
        for day in ["2024-03-14", "2025-12-01", "2026-01-01", "2026-03-31", "2026-04-01", "2026-04-30", "2026-05-01"] {
            let file = try writeText(try exportText(tracker, on: day), to: scratch.path("\(day).xml"))
            let transcript = try TranscriptReader().read(contentsOf: file)
            #expect(TranscriptChecker(programs: shippedPrograms).check(transcript).isEmpty, "on \(day)")
        }
    }

    @Test func aStatusThatDoesNotFollowTheRulesIsFoundWhenTheRulesAreKnown() throws {
        let scratch = Scratch()
        let tracker = try makeAgency(scratch.path("a"))
        let text = replacingFirst("<Due>2026-03-31</Due>", with: "<Due>2026-04-30</Due>", in: try exportText(tracker, person: "ana"))
        let transcript = try TranscriptReader().read(contentsOf: try writeText(text, to: scratch.path("t.xml")), displayName: "t.xml")
        #expect(TranscriptChecker().check(transcript).isEmpty, "the hours still add up")
        let problems = TranscriptChecker(programs: shippedPrograms).check(transcript)
        #expect(problems.map(\.message) == ["ana: the renewal status does not follow the nc-cpss rules: Due is 2026-03-31 by the rules, the transcript says 2026-04-30"])
        #expect(problems.first.map { $0.line > 1 } == true)
    }
}
