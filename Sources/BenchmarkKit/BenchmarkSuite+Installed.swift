import Foundation
import Tracker

#if canImport(Glibc)
import Glibc
#endif

extension BenchmarkSuite {
    /// Start-up and one CE append through the installed, set-group-id binary on the
    /// agency's store, beside the built binary doing the same on the same store: the
    /// privilege (lowered at start, raised around the store's file operations) may cost at
    /// most 10%. Needs root and an empty `/var/lib/peertrack` (the package just installed);
    /// the synthetic agency store is copied in and removed again afterwards.
    func installedRows(_ installed: String, agencyStore: URL, log: (String) -> Void) throws -> [BenchmarkRow] {
        let target = URL(fileURLWithPath: AgencyStore.path, isDirectory: true)
        guard getuid() == 0, let group = getgrnam(AgencyStore.group),
            let present = try? FileManager.default.contentsOfDirectory(atPath: target.path), present.isEmpty
        else {
            throw BenchmarkError.missing("root, the group \(AgencyStore.group) and an empty \(target.path) for --installed (install the package first)")
        }
        let gid = group.pointee.gr_gid
        defer {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: target.path)) ?? [] {
                try? FileManager.default.removeItem(at: target.appendingPathComponent(name))
            }
        }
        for name in [Journal.fileName, "index.bin"] {
            let copy = target.appendingPathComponent(name)
            try FileManager.default.copyItem(at: agencyStore.appendingPathComponent(name), to: copy)
            chown(copy.path, 0, gid)
            chmod(copy.path, 0o660)
        }
        // Root acts as an administrator of the copy (the roles table applies in a shared store).
        try Journal(directory: target).append([
            Record(
                id: "00000000b3ac0001", kind: .person, time: "2026-01-01T00:00:00Z", account: "root", actor: nil,
                fields: [("person", "bench-admin"), ("name", "Bench Admin"), ("role", "admin"), ("login", "root")])
        ])
        let startupRuns = max(runs * 3, 11)
        let built = try ProcessTimer.median(runs: startupRuns, peertrack, ["curriculum", "list"], environment: environment)
        let privileged = try ProcessTimer.median(runs: startupRuns, installed, ["curriculum", "list"], environment: environment)
        let add = ["ce", "add", "p00042", "--date", "2025-01-01", "--hours", "1", "--title", "Benchmark append", "--category", "general"]
        let appendRuns = max(runs, 7)
        // The two binaries' program schemas are different files, so each writes the program
        // snapshot in its own first run: untimed, as everywhere else.
        _ = try ProcessTimer.run(peertrack, ["--store", target.path] + add, environment: environment)
        let builtAppend = try ProcessTimer.median(runs: appendRuns, peertrack, ["--store", target.path] + add, environment: environment)
        _ = try ProcessTimer.run(installed, add, environment: environment)
        let privilegedAppend = try ProcessTimer.median(runs: appendRuns, installed, add, environment: environment)
        log("installed binary measured")
        func row(_ name: String, _ sample: RunSample, beside floor: RunSample, key: String) -> BenchmarkRow {
            BenchmarkRow(
                name: name, seconds: sample.seconds, peakBytes: sample.peakBytes, floor: floor.seconds, ratio: sample.seconds / floor.seconds,
                target: "<= 1.1x the built binary", met: sample.seconds <= 1.1 * floor.seconds, key: key)
        }
        return [
            row("start-up: installed set-group-id binary", privileged, beside: built, key: "installed_startup"),
            row("agency store: append one CE record, installed binary", privilegedAppend, beside: builtAppend, key: "installed_append"),
        ]
    }
}
