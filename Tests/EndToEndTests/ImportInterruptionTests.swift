import BenchmarkKit
import Foundation
import Testing
@testable import Tracker

#if canImport(Glibc)
import Glibc
#endif

/// `transcript import` killed with SIGKILL at random moments, while it reads and stages the
/// file and while it appends: the journal is always exactly as before the import or
/// exactly as after it, once the store is next opened, and nothing is left beside it.
struct ImportInterruptionTests {
    @Test func anImportKilledAtAnyMomentLeavesTheJournalAsBeforeOrAsAfter() throws {
        let folder = PeerTrackProcess.temporaryStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("source")
        try StoreGenerator(people: 60, records: 20_000, seed: 7).write(to: source)
        let file = folder.appendingPathComponent("agency.xml")
        let export = try PeerTrackProcess.run(["export", "agency", "-o", file.path, "--on", "2026-11-22"], store: source)
        try #require(export.status == 0, "\(export.errors)")

        let base = folder.appendingPathComponent("base")
        try #require(try PeerTrackProcess.run(["init", "--agency", "Receiving Agency"], store: base).status == 0)
        let before = PeerTrackProcess.journal(base)

        // One import to the end: what "after" is, and how long an import takes.
        let whole = folder.appendingPathComponent("whole")
        try FileManager.default.copyItem(at: base, to: whole)
        let started = Date()
        let full = try PeerTrackProcess.run(["transcript", "import", file.path], store: whole)
        let duration = Date().timeIntervalSince(started)
        try #require(full.status == 0, "\(full.errors)")
        let afterCount = try Journal(directory: whole).recordCount
        let beforeCount = try Journal(directory: base).recordCount
        #expect(afterCount > beforeCount + 19_000)

        var outcomes: [String] = []
        var generator = SystemRandomNumberGenerator()
        for run in 0..<10 {
            let store = folder.appendingPathComponent("run-\(run)")
            try FileManager.default.copyItem(at: base, to: store)
            let (process, out, err) = try PeerTrackProcess.start(["transcript", "import", file.path], store: store)
            // Moments spread over the whole import, the last ones around its final append.
            let moment = run < 6 ? Double.random(in: 0...duration, using: &generator) : duration * Double.random(in: 0.8...1.05, using: &generator)
            usleep(useconds_t(moment * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)

            let count = try Journal(directory: store).recordCount
            let bytes = PeerTrackProcess.journal(store)
            // HOME is the store in these tests, so the snapshots' .cache is in it too.
            let left = try FileManager.default.contentsOfDirectory(atPath: store.path).filter { !["journal.log", "index.bin", ".cache"].contains($0) }
            #expect(left.isEmpty, "run \(run): left \(left)")
            if count == beforeCount {
                #expect(bytes == before, "run \(run), killed at \(moment) s: as before, byte for byte")
                outcomes.append("before")
            } else {
                #expect(count == afterCount, "run \(run), killed at \(moment) s: \(count) records, neither \(beforeCount) nor \(afterCount)")
                #expect(bytes.starts(with: before))
                outcomes.append(process.terminationReason == .uncaughtSignal ? "after (killed)" : "after (finished)")
            }
            // The store works afterwards.
            guard run % 3 == 0 else { continue }
            let again = try PeerTrackProcess.run(["transcript", "import", file.path], store: store)
            #expect(again.status == 0, "run \(run): \(again.errors)")
            #expect(try Journal(directory: store).recordCount == afterCount)
        }
        print("import killed 10 times over \(String(format: "%.2f", duration)) s: \(outcomes.joined(separator: ", "))")
    }
}
