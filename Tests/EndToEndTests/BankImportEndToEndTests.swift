import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `curriculum import` reads only a regular file, within its format's cap, and names the
/// bank's file and line in every refusal.
struct BankImportEndToEndTests {
    let store = PeerTrackProcess.temporaryStore()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("peertrack-banks-\(UUID().uuidString)")

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Runs `curriculum import PATH`, stopping it if it has not ended within a minute.
    private func importing(_ path: String, _ options: [String] = []) throws -> PeerTrackProcess.Result {
        let (process, out, err) = try PeerTrackProcess.start(["curriculum", "import", path, "--module", "ethics"] + options, store: store)
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning {
            process.terminate()
            Issue.record("curriculum import \(path) was still running after a minute")
        }
        process.waitUntilExit()
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        return PeerTrackProcess.Result(
            status: process.terminationStatus, output: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
            errors: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    @Test func aFIFOAFolderAndADeviceAreRefusedByName() throws {
        let fifo = folder.appendingPathComponent("bank.gift").path
        #expect(mkfifo(fifo, 0o600) == 0)
        for (path, what) in [(fifo, "is a FIFO"), (folder.path, "is a folder"), ("/dev/zero", "is a device")] {
            let result = try importing(path)
            #expect(result.status == 1)
            #expect(result.errors.hasPrefix("\(path): \(what)"), "\(result.errors)")
            #expect(result.output.isEmpty)
        }
    }

    @Test(arguments: [("huge.gift", "::Q::Which?{=a ~b}\n", "a GIFT bank may be at most 4 MiB"), ("huge.xml", "<?xml version=\"1.0\"?>\n<quiz>\n", "a Moodle XML bank may be at most 16 MiB")])
    func aBankOverItsCapIsRefusedBeforeItIsRead(name: String, start: String, cap: String) throws {
        let url = folder.appendingPathComponent(name)
        try Data(start.utf8).write(to: url)
        #expect(truncate(url.path, 1 << 30) == 0, "a sparse gibibyte")
        let result = try importing(url.path)
        #expect(result.status == 1)
        #expect(result.errors == "\(url.path):1: the file is 1073741824 bytes; \(cap) (\(cap.hasSuffix("4 MiB") ? 4 << 20 : 16 << 20) bytes); nothing was imported\n")
    }

    @Test func aProblemOfTheQuizMadeFromTheBankNamesTheBanksLine() throws {
        let bank = folder.appendingPathComponent("long.gift")
        let long = String(repeating: "word ", count: 2000)
        try Data("::A::Pick one.{=a ~b}\n\n::B::True?{T}\n\n::C::\(long){=a ~b}\n\n::D::Last?{=c ~d}\n".utf8).write(to: bank)
        for options in [["--quiz", "long-quiz"], ["--quiz", "long-quiz", "-o", folder.appendingPathComponent("long-quiz.xml").path]] {
            let result = try importing(bank.path, options)
            #expect(result.status == 1)
            let first = result.errors.split(separator: "\n").first.map(String.init) ?? ""
            #expect(first.hasPrefix("\(bank.path):5: in question 'long-quiz-q03' of the quiz made from it: Element 'prompt'"), "\(result.errors)")
            #expect(!result.errors.contains("(imported quiz"))
            #expect(!result.errors.contains("long-quiz.xml"))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("long-quiz.xml").path))
    }
}
