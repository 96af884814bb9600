import Foundation
import PeerTrackCore
import PeerXML
import Testing

@testable import Tracker

#if canImport(Glibc)
import Glibc
#endif

/// The shipped rule files.
private let shippedRules = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Curriculum/programs", isDirectory: true)

/// A copy of the shipped rule files that a test may change.
private func copyOfRules() throws -> URL {
    let copy = temporaryStore()
    try FileManager.default.copyItem(at: shippedRules, to: copy)
    return copy
}

/// The snapshot files in a cache folder.
private func snapshots(_ cache: ProgramCache) -> [URL] {
    ((try? FileManager.default.contentsOfDirectory(at: cache.directory, includingPropertiesForKeys: nil)) ?? [])
        .filter { $0.lastPathComponent.hasPrefix("programs-") }
}

struct ProgramCacheTests {
    let cache = ProgramCache(directory: FileManager.default.temporaryDirectory.appendingPathComponent("peertrack-cache-\(UUID().uuidString)"))

    @Test func theSnapshotGivesBackTheProgramsAsParsed() throws {
        let loader = ProgramLoader(directory: try copyOfRules())
        let parsed = try loader.load()
        #expect(Set(parsed.keys) == ["nc-cpss", "pa-cps", "ga-cps"])
        #expect(try loader.load(cache: cache) == parsed)
        #expect(snapshots(cache).count == 1)
        let fingerprint = ProgramCache.fingerprint(build: ProgramCache.executable, ruleFiles: loader.ruleFiles())
        #expect(cache.load(fingerprint: fingerprint) == parsed)
        #expect(try loader.load(cache: cache) == parsed)
    }

    /// Every case of every field, so that none can be left out of the encoding unnoticed.
    @Test func everyKindOfRuleComesBackFromTheSnapshot() throws {
        let category = Program.Category(id: "ethics", name: "Ethics", minimum: Hours(hundredths: 350), cap: Hours(8))
        func program(_ id: String, _ due: Program.DueRule, _ anchor: Program.Anchor, _ countsFrom: Program.CountsFrom) -> Program {
            var program = Program(
                id: id, name: "Program \(id)", authority: "Board", sources: ["https://example.org/\(id)", "a letter"], cycleMonths: 12,
                anchor: anchor, dueRule: due, graceDays: 30, lateFee: 20, renewalFee: 50, reminderDays: 60,
                requiredHours: Hours(hundredths: 2_025), countsFrom: countsFrom,
                categories: [category, Program.Category(id: "general", name: "General", minimum: .zero)],
                designations: [Program.Designation(id: "military", name: "Military", categories: [category])],
                supervisorCourse: "Supervising peers", supervisorCourseHours: Hours(6), supervisorCourseRequired: true)
            program.timeZone = "America/New_York"
            program.application = [
                Requirement(id: "course", name: "Course", rule: .course(minimumHours: Hours(50))),
                Requirement(id: "extra", name: "Extra", rule: .hours(required: Hours(20), categories: [category])),
                Requirement(id: "references", name: "References", rule: .document(count: 3)),
                Requirement(id: "age", name: "18 or older", rule: .attestation),
                Requirement(id: "within", name: "Within 2 years", rule: .deadline(course: "course", months: 24)),
            ]
            program.renewal = [Requirement(id: "references", name: "References", rule: .document(count: 2))]
            return program
        }
        let programs = [
            "a": program("a", .endOfMonth, .award, .lastCertification),
            "b": program("b", .anniversary, .calendarYear, .cycleStart),
            "c": program("c", .fixed(month: 12, day: 31), .award, .cycleStart),
            "d": Program(
                id: "d", name: "", authority: "", sources: [], cycleMonths: 24, anchor: .award, dueRule: .endOfMonth, graceDays: 0,
                lateFee: 0, renewalFee: 0, reminderDays: 90, requiredHours: .zero, countsFrom: .lastCertification, categories: [],
                designations: [], supervisorCourse: "", supervisorCourseHours: .zero, supervisorCourseRequired: false),
        ]
        var writer = BinaryWriter()
        writer.programs(programs)
        var reader = try BinaryReader(sealed: writer.sealed)
        #expect(try reader.programs() == programs)
        #expect(reader.isAtEnd)
    }

    /// A rule file rewritten in place to the same size and given back its modification time
    /// looks unchanged: what loads then can only have come from the snapshot.
    @Test func anUnchangedFolderIsNotParsedAgain() throws {
        let folder = try copyOfRules()
        let loader = ProgramLoader(directory: folder)
        let parsed = try loader.load(cache: cache)
        let file = folder.appendingPathComponent("nc-cpss.xml")
        var info = stat()
        #expect(stat(file.path, &info) == 0)
        let handle = try FileHandle(forWritingTo: file)
        try handle.write(contentsOf: Data(repeating: UInt8(ascii: "x"), count: Int(info.st_size)))
        try handle.close()
        var times = [info.st_atim, info.st_mtim]
        #expect(utimensat(AT_FDCWD, file.path, &times, 0) == 0)
        #expect(try loader.load(cache: cache) == parsed)
        // Without the snapshot the same folder is refused.
        #expect(throws: XMLDocumentError.self) { try loader.load() }
    }

    @Test func aChangedRuleFileIsCheckedAgainWhateverTheSnapshotHolds() throws {
        let folder = try copyOfRules()
        let loader = ProgramLoader(directory: folder)
        _ = try loader.load(cache: cache)
        let file = folder.appendingPathComponent("nc-cpss.xml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let line = try #require(text.components(separatedBy: "\n").firstIndex { $0.contains("carryOver=") }) + 1
        try text.replacingOccurrences(of: "carryOver=\"false\"", with: "carryOver=\"true\"").write(to: file, atomically: true, encoding: .utf8)
        do {
            _ = try loader.load(cache: cache)
            Issue.record("carryOver=\"true\" loaded from the snapshot")
        } catch let error as XMLDocumentError {
            #expect(error.diagnostics.count == 1)
            #expect(error.diagnostics.first?.description.hasPrefix("\(file.path):\(line):") == true, "\(error.diagnostics)")
            #expect(error.diagnostics.first?.message.contains("carryOver=\"true\" is not supported") == true)
        }
        // A failed load writes no snapshot; the old one stays until a clean load replaces it.
        #expect(snapshots(cache).count == 1)
        try text.replacingOccurrences(of: "Peer Support Specialist", with: "Peer Support Specialist (renamed)")
            .write(to: file, atomically: true, encoding: .utf8)
        let renamed = try loader.load(cache: cache)
        #expect(renamed["nc-cpss"]?.name == "North Carolina Certified Peer Support Specialist (renamed)")
        #expect(renamed == (try loader.load()))
        #expect(snapshots(cache).count == 1)
    }

    @Test func anAddedOrRemovedRuleFileIsSeen() throws {
        let folder = try copyOfRules()
        let loader = ProgramLoader(directory: folder)
        _ = try loader.load(cache: cache)
        let copy = folder.appendingPathComponent("zz-nc-copy.xml")
        try FileManager.default.copyItem(at: folder.appendingPathComponent("nc-cpss.xml"), to: copy)
        do {
            _ = try loader.load(cache: cache)
            Issue.record("a second file with the id nc-cpss loaded from the snapshot")
        } catch let error as XMLDocumentError {
            #expect(error.diagnostics.map(\.message) == ["duplicate program id 'nc-cpss'"])
            #expect(error.diagnostics.first?.file == copy.path)
        }
        try FileManager.default.removeItem(at: copy)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("pa-cps.xml"))
        #expect(Set(try loader.load(cache: cache).keys) == ["nc-cpss", "ga-cps"])
    }

    @Test func aDamagedSnapshotIsIgnored() throws {
        let loader = ProgramLoader(directory: try copyOfRules())
        let parsed = try loader.load(cache: cache)
        for file in snapshots(cache) {
            var bytes = [UInt8](try Data(contentsOf: file))
            bytes[bytes.count / 2] ^= 0xFF
            try Data(bytes).write(to: file)
        }
        let fingerprint = ProgramCache.fingerprint(build: ProgramCache.executable, ruleFiles: loader.ruleFiles())
        #expect(cache.load(fingerprint: fingerprint) == nil)
        #expect(try loader.load(cache: cache) == parsed)
        #expect(cache.load(fingerprint: fingerprint) == parsed)
    }

    @Test func theBuildIsPartOfTheFingerprint() throws {
        let files = ProgramLoader(directory: shippedRules).ruleFiles()
        let other = temporaryStore().appendingPathExtension("bin")
        try FileManager.default.copyItem(at: ProgramCache.executable, to: other)
        defer { try? FileManager.default.removeItem(at: other) }
        #expect(ProgramCache.fingerprint(build: other, ruleFiles: files) != ProgramCache.fingerprint(build: ProgramCache.executable, ruleFiles: files))
        #expect(ProgramCache.fingerprint(build: ProgramCache.executable, ruleFiles: files).contains(ProgramCache.executable.path + "|"))
    }
}
