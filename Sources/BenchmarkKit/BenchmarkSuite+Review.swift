import Curriculum
import Foundation

extension BenchmarkSuite {
    /// `results` and the start of `review` (up to the first question, then q) for a learner
    /// with 5,000 reviews, on a copy of the agency store with those reviews appended.
    func reviewRows(agency store: URL, log: (String) -> Void) throws -> [BenchmarkRow] {
        let generator = ReviewHistoryGenerator.benchmark
        let copy = work.appendingPathComponent("agency-review", isDirectory: true)
        let marker = copy.appendingPathComponent("generated-\(generator.person)-\(generator.reviews)-\(generator.seed)")
        if !FileManager.default.fileExists(atPath: marker.path) {
            try? FileManager.default.removeItem(at: copy)
            try FileManager.default.copyItem(at: store, to: copy)
            for file in try FileManager.default.contentsOfDirectory(atPath: copy.path) where file.hasPrefix("generated-") {
                try FileManager.default.removeItem(at: copy.appendingPathComponent(file))
            }
            log("appending \(generator.reviews) reviews by \(generator.person) to a copy of the agency store...")
            if let generatorProgram {
                let run = try ProcessTimer.run(generatorProgram, ["--generate-reviews", copy.path, content], environment: environment)
                guard run.status == 0 else { throw BenchmarkError.failed("\(generatorProgram) --generate-reviews \(copy.path)", run.status) }
            } else {
                try generator.append(to: copy, curriculum: try ContentLoader(root: URL(fileURLWithPath: content)).load())
            }
            _ = FileManager.default.createFile(atPath: marker.path, contents: Data())
        }
        let quit = work.appendingPathComponent("review-quit.txt")
        try "q\n".write(to: quit, atomically: true, encoding: .utf8)
        // The first run after the append rebuilds the index: not measured.
        _ = try ProcessTimer.run(peertrack, ["--store", copy.path, "results", generator.person], environment: environment)
        let results = try ProcessTimer.median(
            runs: runs, peertrack, ["--store", copy.path, "results", generator.person], environment: environment)
        let review = try ProcessTimer.median(
            runs: runs, peertrack, ["--store", copy.path, "review", "--as", generator.person], environment: environment, input: quit.path)
        log("agency: results and review measured for a learner with \(generator.reviews) reviews")
        return [
            BenchmarkRow(
                name: "agency: results, \(generator.reviews) reviews", seconds: results.seconds, peakBytes: results.peakBytes,
                target: "< 0.1 s", met: results.seconds < 0.1, key: "agency_results_reviews"),
            BenchmarkRow(
                name: "agency: review's start, \(generator.reviews) reviews", seconds: review.seconds, peakBytes: review.peakBytes,
                target: "< 0.1 s", met: review.seconds < 0.1, key: "agency_review_start"),
        ]
    }
}
