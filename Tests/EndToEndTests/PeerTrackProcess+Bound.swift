import Foundation

#if canImport(Glibc)
import Glibc
#endif

extension PeerTrackProcess {
    /// What a run within a time bound gave: the result, or nil when the binary was still
    /// running at the bound and was killed.
    struct BoundedResult {
        var result: Result?
        var seconds: Double
        var timedOut: Bool { result == nil }
    }

    /// Runs the binary and kills it (SIGKILL) if it has not ended within `seconds`.
    static func run(_ arguments: [String], store: URL, user: String = "tester", within seconds: Double) throws -> BoundedResult {
        let started = Date()
        let (process, out, err) = try start(arguments, store: store, user: user)
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        while process.isRunning, Date().timeIntervalSince(started) < seconds { usleep(2_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return BoundedResult(result: nil, seconds: Date().timeIntervalSince(started))
        }
        process.waitUntilExit()
        return BoundedResult(
            result: Result(
                // Read whatever the bytes are (a byte that is not UTF-8 shows as U+FFFD), so
                // that a control character in them is seen.
                status: process.terminationStatus, output: String(decoding: (try? Data(contentsOf: out)) ?? Data(), as: UTF8.self),
                errors: String(decoding: (try? Data(contentsOf: err)) ?? Data(), as: UTF8.self)),
            seconds: Date().timeIntervalSince(started))
    }
}
