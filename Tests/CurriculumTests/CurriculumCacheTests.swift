import Foundation
import Testing

@testable import Curriculum

private let content = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/content")

/// A copy of the fixture content that a test may change.
private func copyOfContent() throws -> URL {
    let copy = FileManager.default.temporaryDirectory.appendingPathComponent("peertrack-content-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: content, to: copy)
    return copy
}

struct CurriculumCacheTests {
    let cache = CurriculumCache(directory: FileManager.default.temporaryDirectory.appendingPathComponent("peertrack-cache-\(UUID().uuidString)"))

    @Test func theSnapshotGivesBackTheSameCurriculum() throws {
        let root = try copyOfContent()
        let loader = ContentLoader(root: root)
        let fresh = try loader.load(cache: cache)
        let fingerprint = CurriculumCache.fingerprint(of: try loader.lessonFiles() + loader.quizFiles())
        let cached = try #require(cache.load(fingerprint: fingerprint))
        #expect(cached == fresh)
        #expect(try loader.load() == fresh)
    }

    @Test func aChangedFileIsReadAgainNotTakenFromTheSnapshot() throws {
        let root = try copyOfContent()
        let loader = ContentLoader(root: root)
        _ = try loader.load(cache: cache)
        let quiz = root.appendingPathComponent("Quizzes/basics-quiz.xml")
        let text = try String(contentsOf: quiz, encoding: .utf8).replacingOccurrences(of: "Basics quiz", with: "Renamed quiz")
        try text.write(to: quiz, atomically: true, encoding: .utf8)
        #expect(try loader.load(cache: cache).quiz("basics-quiz")?.title == "Renamed quiz")
        // Only the snapshot of the content as it is now is kept.
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.directory.path).count == 1)
        // A change that breaks the file is reported, whatever the snapshot holds.
        try text.replacingOccurrences(of: "</quiz>", with: "").write(to: quiz, atomically: true, encoding: .utf8)
        #expect(throws: CurriculumError.self) { try loader.load(cache: cache) }
    }

    @Test func aDamagedSnapshotIsIgnored() throws {
        let root = try copyOfContent()
        let loader = ContentLoader(root: root)
        let fresh = try loader.load(cache: cache)
        for file in try FileManager.default.contentsOfDirectory(at: cache.directory, includingPropertiesForKeys: nil) {
            var bytes = [UInt8](try Data(contentsOf: file))
            bytes[bytes.count / 2] ^= 0xFF
            try Data(bytes).write(to: file)
        }
        let fingerprint = CurriculumCache.fingerprint(of: try loader.lessonFiles() + loader.quizFiles())
        #expect(cache.load(fingerprint: fingerprint) == nil)
        #expect(try loader.load(cache: cache) == fresh)
    }
}
