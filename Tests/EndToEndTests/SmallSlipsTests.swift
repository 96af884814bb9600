import Foundation
import PeerTrackCore
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The smaller slips of issue 25: each said in PeerTrack's own words, with nothing left
/// behind and nothing of libxml2's or Foundation's raw text on the screen.
struct SmallSlipsTests {
    private let scratch = ScratchFolder()
    var store: URL { scratch.url.appendingPathComponent("store") }

    /// A copy of the shipped content to change.
    private func content() throws -> URL {
        let folder = scratch.url.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["Curriculum", "Quizzes"] {
            try FileManager.default.copyItem(
                at: PeerTrackProcess.repository.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        return folder
    }

    private func run(_ arguments: [String], content: URL? = nil) throws -> PeerTrackProcess.Result {
        let bounded = try PeerTrackProcess.run((content.map { ["--content", $0.path] } ?? []) + arguments, store: store, user: "admin", within: 30)
        return try #require(bounded.result, "\(arguments) was still running after 30 s")
    }

    @Test func aFIFOInTheContentFolderIsCalledAFIFO() throws {
        let folder = try content()
        let pipe = folder.appendingPathComponent("Quizzes/zz-pipe.xml").path
        #expect(mkfifo(pipe, 0o600) == 0)
        let result = try run(["curriculum", "check"], content: folder)
        #expect(result.status == 1)
        #expect((result.output + result.errors).contains("zz-pipe.xml:1:1: the file is a FIFO (named pipe)"), "\(result.output) \(result.errors)")
        #expect(!(result.output + result.errors).contains("ermission"))
    }

    @Test(arguments: ["<!DOCTYPE program [<!ELEMENT program ANY>]>\n<program xmlns=\"x\"/>", "<!DOCTYPE program SYSTEM \"p.dtd\">\n<program/>"])
    func aProgramFileWithADTDIsRefusedInPeerTracksWordsOnly(text: String) throws {
        let folder = try content()
        try Data(text.utf8).write(to: folder.appendingPathComponent("Curriculum/programs/zz.xml"))
        let result = try run(["init", "--agency", "Hope Works"], content: folder)
        #expect(result.status == 1)
        #expect(result.errors.contains("zz.xml:1:1: a DOCTYPE declaration is not allowed"), "\(result.errors)")
        #expect(!result.errors.contains("Unimplemented"), "\(result.errors)")
    }

    @Test func aFiftyMegabyteTranscriptValueIsRefusedByTheCap() throws {
        #expect(try run(["init", "--agency", "Hope Works"]).status == 0)
        #expect(try run(["person", "add", "ana", "--name", "Ana Diaz"]).status == 0)
        #expect(try run(["ce", "add", "ana", "--date", "2025-02-01", "--hours", "2", "--title", "Ethics", "--category", "ethics"]).status == 0)
        let exported = scratch.url.appendingPathComponent("ana.xml")
        #expect(try run(["export", "transcript", "ana", "-o", exported.path]).status == 0)
        let text = try String(contentsOf: exported, encoding: .utf8)
        let huge = scratch.url.appendingPathComponent("huge.xml")
        try Data(text.replacingOccurrences(of: "<Title>Ethics", with: "<Title>" + String(repeating: "x", count: 50 << 20)).utf8).write(to: huge)
        let before = PeerTrackProcess.journal(store)
        let validate = try run(["transcript", "validate", huge.path])
        let imported = try run(["transcript", "import", huge.path])
        for said in [validate.output, imported.errors] {
            #expect(said.contains("huge.xml:") && said.contains("longer than 1048576 bytes, the limit"), "\(said)")
            #expect(!said.contains("xmlSAX2"))
        }
        #expect(PeerTrackProcess.journal(store) == before)
    }

    @Test(arguments: [["--agency", "\u{1B}[2J"], ["--agency", ""], ["--agency", "Hope", "--program", "nowhere"]])
    func aRefusedInitLeavesNoJournal(options: [String]) throws {
        let result = try run(["init"] + options)
        #expect(result.status == 1, "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: store.appendingPathComponent("journal.log").path))
        #expect(try run(["init", "--agency", "Hope Works"]).status == 0)
    }

    @Test func theTextLogTellsATitleFromAField() throws {
        #expect(try run(["init", "--agency", "Hope Works"]).status == 0)
        #expect(try run(["person", "add", "ana", "--name", "Ana Diaz"]).status == 0)
        #expect(try run(["ce", "add", "ana", "--date", "2025-02-01", "--hours", "2", "--title", "x person=zoe", "--category", "ethics"]).status == 0)
        let log = try run(["log"]).output
        let line = try #require(log.split(separator: "\n").first { $0.contains("  ce  ") })
        #expect(line.contains("person=ana"))
        #expect(line.contains("title=\"x person=zoe\""), "\(line)")
        #expect(line.replacingOccurrences(of: "\"x person=zoe\"", with: "").components(separatedBy: " person=").count == 2, "one person field: \(line)")
    }

    @Test func curriculumImportToAMissingFolderSaysSoInPeerTracksWords() throws {
        let bank = PeerTrackProcess.repository.appendingPathComponent("Tests/QuestionBanksTests/Fixtures/forms.gift").path
        let target = scratch.url.appendingPathComponent("missing/quiz.xml").path
        let result = try run(["curriculum", "import", bank, "--quiz", "slip-quiz", "--module", "ethics", "-o", target])
        #expect(result.status == 1)
        #expect(result.errors.contains("could not create a temporary file in the folder: No such file or directory"), "\(result.errors)")
        for foundation in ["NSCocoaErrorDomain", "couldn’t", "Error Domain", "NSUnderlyingError"] {
            #expect(!result.errors.contains(foundation), "\(result.errors)")
        }
    }
}
