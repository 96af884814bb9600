import Foundation
import PeerTrackCore
import SpacedRepetition
import Testing

/// PeerTrack's FSRS against its reference implementation, py-fsrs (PyPI `fsrs` 6.x, which
/// `.ci/run` installs when missing): 1,000 seeded random review histories scheduled by both.
struct ReferenceAgreementTests {
    /// A small seeded generator, so the histories are the same on every run.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// Histories of 1 to 15 reviews: same-day reviews, short and long gaps, every grade.
    static func histories(count: Int, seed: UInt64) -> [[(day: Int, grade: Int)]] {
        var generator = Generator(state: seed)
        return (0..<count).map { _ in
            var day = 0
            return (0..<(1 + generator.next(15))).map { index in
                if index > 0 {
                    switch generator.next(10) {
                    case 0, 1: break  // the same day
                    case 2, 3, 4: day += 1 + generator.next(4)
                    case 5, 6, 7: day += 1 + generator.next(40)
                    default: day += 1 + generator.next(400)
                    }
                }
                // Again and Good most often, as a quiz grades them.
                let grade = [1, 1, 1, 2, 3, 3, 3, 3, 4][generator.next(9)]
                return (day, grade)
            }
        }
    }

    struct Reference: Decodable {
        let version: String
        let parameters: [Double]
        let schedules: [[[Double]]]
    }

    static func reference(_ histories: [[(day: Int, grade: Int)]]) throws -> Reference {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("peertrack-fsrs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("histories.json")
        let output = folder.appendingPathComponent("schedules.json")
        let json = "[" + histories.map { "[" + $0.map { "[\($0.day),\($0.grade)]" }.joined(separator: ",") + "]" }.joined(separator: ",") + "]"
        try json.write(to: input, atomically: true, encoding: .utf8)
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        guard let script = Bundle.module.url(forResource: "schedule", withExtension: "py", subdirectory: "Reference") else {
            throw CocoaError(.fileNoSuchFile)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path]
        process.standardInput = try FileHandle(forReadingFrom: input)
        process.standardOutput = try FileHandle(forWritingTo: output)
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "python3 schedule.py failed: is py-fsrs installed (pip install 'fsrs>=6,<7')?")
        return try JSONDecoder().decode(Reference.self, from: Data(contentsOf: output))
    }

    @Test func agreesWithPyFSRSOnAThousandHistories() throws {
        let histories = Self.histories(count: 1_000, seed: 20_261_204)
        let reference = try Self.reference(histories)
        #expect(reference.version.hasPrefix("6."))
        #expect(reference.parameters == FSRS.defaultParameters)
        #expect(reference.schedules.count == histories.count)
        let fsrs = FSRS.standard
        let start = Day(year: 2026, month: 1, day: 1)!
        var reviews = 0
        var sameDay = 0
        var worstStability = 0.0
        var worstDifficulty = 0.0
        var dueMismatches = 0
        for (history, expected) in zip(histories, reference.schedules) {
            var state: MemoryState?
            for (index, (review, want)) in zip(history, expected).enumerated() {
                guard let grade = Grade(rawValue: review.grade) else { continue }
                let day = start.adding(days: review.day)
                if index > 0, review.day == history[index - 1].day { sameDay += 1 }
                let next = state.map { fsrs.next($0, grade, on: day) } ?? fsrs.first(grade, on: day)
                worstStability = max(worstStability, abs(next.stability - want[0]))
                worstDifficulty = max(worstDifficulty, abs(next.difficulty - want[1]))
                if start.days(until: next.due) != Int(want[2]) { dueMismatches += 1 }
                state = next
                reviews += 1
            }
            // The fold over the whole history gives the same last state.
            #expect(fsrs.state(after: history.map { (start.adding(days: $0.day), Grade(rawValue: $0.grade)!) }) == state)
        }
        print("py-fsrs \(reference.version): \(histories.count) histories, \(reviews) reviews (\(sameDay) on the same day); due days that differ: \(dueMismatches); largest difference in stability \(worstStability), in difficulty \(worstDifficulty)")
        #expect(reviews > 5_000)
        #expect(sameDay > 500)
        #expect(dueMismatches == 0)
        #expect(worstStability <= 1e-6)
        #expect(worstDifficulty <= 1e-6)
    }
}
