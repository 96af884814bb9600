import Foundation
import PeerTrackCore
import Testing

/// A seeded mutation test over every reader, run as the built binary: each mutated input
/// must end in exit 0 or 1 within a time bound, a refusal must name FILE:LINE, a refusal
/// must leave the journal byte for byte as it was, and nothing may send a control character
/// to standard output or error. 100 cases per reader; `PEERTRACK_FUZZ_CASES=2000` for more.
struct FuzzTests {
    static let cases = ProcessInfo.processInfo.environment["PEERTRACK_FUZZ_CASES"].flatMap { Int($0) } ?? 100
    /// Seconds one case may take on a busy machine before it counts as a hang.
    static let bound = 60.0
    /// Cases run at once per reader.
    static let workers = 2

    enum Reader: String, CaseIterable, Sendable {
        case transcriptValidate = "transcript validate", transcriptImport = "transcript import", moodle = "Moodle XML import",
            gift = "GIFT import", ceSheet = "ce import", peopleSheet = "person import", curriculumCheck = "curriculum check"

        var isMarkup: Bool { ![.gift, .ceSheet, .peopleSheet].contains(self) }
        var fileExtension: String { isMarkup ? "xml" : self == .gift ? "gift" : "csv" }

        /// The command for a case; `content` is a small content folder for the readers that
        /// check against one.
        func arguments(_ file: String, output: String, content: String) -> [String] {
            switch self {
            case .transcriptValidate: ["transcript", "validate", file]
            case .transcriptImport: ["transcript", "import", file]
            case .moodle: ["--content", content, "curriculum", "import", file, "--format", "moodle", "--quiz", "fuzz-quiz", "--module", "ethics", "-o", output]
            case .gift: ["--content", content, "curriculum", "import", file, "--format", "gift", "--quiz", "fuzz-quiz", "--module", "ethics", "-o", output]
            case .ceSheet: ["ce", "import", file]
            case .peopleSheet: ["person", "import", file]
            case .curriculumCheck: ["--content", content, "curriculum", "check", file]
            }
        }
    }

    /// What the cases of one reader came to.
    final class Tally: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var accepted = 0
        private(set) var refused = 0
        private(set) var failures: [String] = []
        private(set) var slowest = 0.0

        func note(status: Int32?, seconds: Double, failure: String?) {
            lock.withLock {
                if status == 0 { accepted += 1 } else if status == 1 { refused += 1 }
                slowest = max(slowest, seconds)
                if let failure { failures.append(failure) }
            }
        }
    }

    @Test(arguments: Reader.allCases)
    func everyReaderEndsCleanlyOnMutatedInput(reader: Reader) throws {
        let scratch = ScratchFolder()
        let seed = try FuzzSeeds.input(for: reader, in: scratch.url)
        let tally = Tally()
        let salt = UInt64(Reader.allCases.firstIndex(of: reader) ?? 0) << 40
        let content = try FuzzSeeds.content(in: scratch.url).path
        let stores = try (0..<Self.workers).map { try FuzzSeeds.store(scratch.url.appendingPathComponent("store-\($0)")) }
        // The sound input is taken, so that a refusal of a mutation is the mutation's doing.
        let sound = scratch.url.appendingPathComponent("sound.\(reader.fileExtension)").path
        try Data(seed).write(to: URL(fileURLWithPath: sound))
        let output = scratch.url.appendingPathComponent("sound-out.xml").path
        let taken = try PeerTrackProcess.run(reader.arguments(sound, output: output, content: content), store: stores[0], user: "admin")
        #expect(taken.status == 0, "the sound input: \(taken.output) \(taken.errors)")
        DispatchQueue.concurrentPerform(iterations: Self.workers) { worker in
            for index in stride(from: worker, to: Self.cases, by: Self.workers) {
                var mutator = FuzzMutator(seed: salt | UInt64(index))
                let input = mutator.mutate(seed, markup: reader.isMarkup)
                let file = scratch.url.appendingPathComponent("case-\(worker).\(reader.fileExtension)").path
                let output = scratch.url.appendingPathComponent("out-\(worker).xml").path
                tally.note(caseOf: reader, index: index, input: input, file: file, output: output, content: content, store: stores[worker])
            }
        }
        print("fuzz \(reader.rawValue): \(Self.cases) cases, \(tally.accepted) accepted (exit 0), \(tally.refused) refused (exit 1), \(tally.failures.count) failures; slowest \(String(format: "%.2f", tally.slowest)) s")
        let failures = tally.failures
        for failure in failures.prefix(5) { Issue.record("\(reader.rawValue): \(failure)") }
        #expect(failures.isEmpty, "\(failures.count) of \(Self.cases) cases failed")
    }
}

extension FuzzTests.Tally {
    /// Runs one case and notes how it ended.
    func note(caseOf reader: FuzzTests.Reader, index: Int, input: [UInt8], file: String, output: String, content: String, store: URL) {
        let failed = { (why: String) in
            let kept = FileManager.default.temporaryDirectory.appendingPathComponent("peertrack-fuzz-\(reader.fileExtension)-\(index)")
            try? Data(input).write(to: kept)
            return "case \(index) (input kept in \(kept.path)): \(why)"
        }
        do {
            try Data(input).write(to: URL(fileURLWithPath: file))
            let before = PeerTrackProcess.journal(store)
            let run = try PeerTrackProcess.run(reader.arguments(file, output: output, content: content), store: store, user: "admin", within: FuzzTests.bound)
            guard let result = run.result else {
                return note(status: nil, seconds: run.seconds, failure: failed("still running after \(FuzzTests.bound) s"))
            }
            let said = result.output + result.errors
            var problem: String?
            if result.status != 0, result.status != 1 {
                problem = "exit \(result.status): \(SafeText.excerpt(said, limit: 300))"
            } else if said.unicodeScalars.contains(where: { SafeText.isUnsafe($0) && $0 != "\n" }) {
                problem = "a control character reached the screen: \(SafeText.excerpt(said, limit: 300))"
            } else if result.status == 1, !FuzzSeeds.namesALine(said, file: file, output: output) {
                problem = "a refusal without FILE:LINE: \(SafeText.excerpt(said, limit: 300))"
            } else if result.status == 1 || reader != .transcriptImport && reader != .ceSheet && reader != .peopleSheet,
                PeerTrackProcess.journal(store) != before
            {
                problem = "the journal changed (exit \(result.status))"
            }
            note(status: result.status, seconds: run.seconds, failure: problem.map(failed))
        } catch {
            note(status: nil, seconds: 0, failure: failed("could not run: \(error)"))
        }
    }
}
