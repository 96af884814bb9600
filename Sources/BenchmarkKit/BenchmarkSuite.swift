import Foundation

/// One measured figure with its floor or target.
public struct BenchmarkRow: Sendable {
    public var name: String
    /// Median seconds.
    public var seconds: Double
    /// Largest peak memory over the runs, in bytes.
    public var peakBytes: Int
    /// Throughput, for exports.
    public var megabytesPerSecond: Double?
    /// The floor's median seconds (or throughput), if this row has one.
    public var floor: Double?
    /// The figure divided by the floor (time ratio, or throughput ratio for exports).
    public var ratio: Double?
    /// The target in words.
    public var target: String
    /// Whether the target is met.
    public var met: Bool
    /// A short key for the machine-readable line.
    public var key: String
}

/// Measures PeerTrack's hot paths against their floors on synthetic stores.
public struct BenchmarkSuite {
    public var peertrack: String
    public var floorProgram: String
    public var xmllint: String?
    public var content: String
    public var work: URL
    public var runs: Int
    public var day = "2026-11-22"
    /// A program that writes a store when run as `PROGRAM --generate DIR PEOPLE RECORDS SEED`
    /// (peertrack-bench itself); nil generates in this process.
    ///
    /// Linux counts a spawned program's peak memory from its parent's peak at the moment
    /// it starts (`ru_maxrss` survives exec), so generating a large store in the measuring
    /// process would inflate every figure after it.
    public var generatorProgram: String?

    public init(peertrack: String, floorProgram: String, xmllint: String?, content: String, work: URL, runs: Int, generatorProgram: String? = nil) {
        self.generatorProgram = generatorProgram
        self.peertrack = peertrack
        self.floorProgram = floorProgram
        self.xmllint = xmllint
        self.content = content
        self.work = work
        self.runs = runs
    }

    /// The installed, set-group-id peertrack to measure beside the built one (`--installed`).
    public var installed: String?

    var environment: [String: String] {
        ["PATH": "/usr/bin:/bin", "HOME": work.path, "USER": "bench", "PEERTRACK_CONTENT": content, "TERM": "dumb"]
    }

    /// The store for a scale, generated on first use.
    func store(_ name: String, _ generator: StoreGenerator, log: (String) -> Void) throws -> URL {
        let directory = work.appendingPathComponent(name, isDirectory: true)
        let marker = directory.appendingPathComponent("generated-\(generator.people)-\(generator.records)-\(generator.seed)")
        if !FileManager.default.fileExists(atPath: marker.path) {
            try? FileManager.default.removeItem(at: directory)
            log("generating the \(name) store (\(generator.people) people, about \(generator.records) records)...")
            if let generatorProgram {
                let run = try ProcessTimer.run(
                    generatorProgram, ["--generate", directory.path, String(generator.people), String(generator.records), String(generator.seed)],
                    environment: environment)
                guard run.status == 0 else { throw BenchmarkError.failed("\(generatorProgram) --generate \(directory.path)", run.status) }
            } else {
                try generator.write(to: directory)
            }
            _ = FileManager.default.createFile(atPath: marker.path, contents: Data())
        }
        return directory
    }

    func peertrack(_ store: URL, _ arguments: [String], runs: Int, output: String = "/dev/null") throws -> RunSample {
        try ProcessTimer.median(runs: runs, peertrack, ["--store", store.path] + arguments, environment: environment, output: output)
    }

    /// Runs every measurement; `log` gets progress lines.
    public func run(log: (String) -> Void) throws -> [BenchmarkRow] {
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try warmSnapshots()
        var rows: [BenchmarkRow] = []
        let startupRuns = max(runs * 3, 11)
        let floor = try ProcessTimer.median(runs: startupRuns, floorProgram, [], environment: environment)
        let startup = try ProcessTimer.median(runs: startupRuns, peertrack, ["curriculum", "list"], environment: environment)
        rows.append(BenchmarkRow(
            name: "start-up: curriculum list", seconds: startup.seconds, peakBytes: startup.peakBytes, floor: floor.seconds,
            ratio: startup.seconds / floor.seconds, target: "<= 2x Foundation floor", met: startup.seconds <= 2 * floor.seconds, key: "startup"))
        log("start-up measured")

        let scales: [(String, StoreGenerator, Double, Double)] = [
            ("agency", .agency, 0.5, 0.5), ("state", .state, 3.0, 0.3),
        ]
        for (name, generator, anyLimit, oneLimit) in scales {
            let store = try store(name, generator, log: log)
            // The index is a cache rebuilt from the journal; time a rebuild, then warm runs.
            try? FileManager.default.removeItem(at: store.appendingPathComponent("index.bin"))
            let rebuild = try peertrack(store, ["status", "p00042", "--on", day], runs: 1)
            rows.append(BenchmarkRow(
                name: "\(name): index rebuild + one status", seconds: rebuild.seconds, peakBytes: rebuild.peakBytes,
                target: "once after a change of journal; < \(anyLimit) s, < 100 MB",
                met: rebuild.seconds < anyLimit && rebuild.peakBytes < 100 * 1_048_576, key: "\(name)_rebuild"))
            let all = try peertrack(store, ["status", "--on", day, "--json"], runs: runs)
            rows.append(BenchmarkRow(
                name: "\(name): status, everyone", seconds: all.seconds, peakBytes: all.peakBytes, target: "< \(anyLimit) s",
                met: all.seconds < anyLimit, key: "\(name)_status_all"))
            let one = try peertrack(store, ["status", "p00042", "--on", day], runs: runs)
            rows.append(BenchmarkRow(
                name: "\(name): status, one person", seconds: one.seconds, peakBytes: one.peakBytes, target: "< \(min(anyLimit, oneLimit)) s",
                met: one.seconds < min(anyLimit, oneLimit), key: "\(name)_status_one"))
            log("\(name): status measured")
            rows += try documentRows(name, store: store, dashboardLimit: name == "state" ? 5 : 1, log: log)
            if let row = try exportRow(name, store: store, limit: anyLimit, log: log) {
                rows.append(row)
                rows += try transcriptRows(name, log: log)
            }
            if name == "agency" {
                // Its floor: the same binary starting, printing its version and exiting, timed
                // in turn with the append (one of each, 15 times at least) so that a change in
                // the machine's load falls on both alike.
                let appendArguments = [
                    "--store", store.path, "ce", "add", "p00042", "--date", "2025-01-01", "--hours", "1", "--title", "Benchmark append", "--category", "general",
                ]
                var versions: [RunSample] = []
                var appends: [RunSample] = []
                for _ in 0..<max(runs, 15) {
                    versions.append(try ProcessTimer.median(runs: 1, peertrack, ["--version"], environment: environment))
                    appends.append(try ProcessTimer.median(runs: 1, peertrack, appendArguments, environment: environment))
                }
                let counter = appends.count
                let version = RunSample.median(versions)
                let append = RunSample.median(appends)
                rows.append(BenchmarkRow(
                    name: "agency: append one CE record (fsync)", seconds: append.seconds, peakBytes: append.peakBytes, target: "< 0.02 s",
                    met: append.seconds < 0.02, key: "agency_append"))
                rows.append(BenchmarkRow(
                    name: "agency: append one CE record vs --version", seconds: append.seconds, peakBytes: append.peakBytes,
                    floor: version.seconds, ratio: append.seconds / version.seconds, target: "<= 1.5x peertrack --version",
                    met: append.seconds <= 1.5 * version.seconds, key: "agency_append_version"))
                log("agency: append measured (\(counter) records added to the synthetic store)")
                if let installed { rows += try installedRows(installed, agencyStore: store, log: log) }
                rows += try reviewRows(agency: store, log: log)
            }
        }
        rows.append(try csvImportRow(log: log))
        return rows
    }

    /// Runs peertrack once, untimed, as the first command after a change of content would:
    /// it writes the curriculum and program snapshots that every timed run then reads.
    private func warmSnapshots() throws {
        let store = work.appendingPathComponent("snapshot-warm-up", isDirectory: true)
        try? FileManager.default.removeItem(at: store)
        for arguments in [["curriculum", "list"], ["--store", store.path, "init", "--agency", "Warm-up"]] {
            let run = try ProcessTimer.run(peertrack, arguments, environment: environment)
            guard run.status == 0 else { throw BenchmarkError.failed("peertrack \(arguments.joined(separator: " "))", run.status) }
        }
    }

    /// `ce import` of a 100,000-row spreadsheet into a store that holds only its roster
    /// (a fresh copy for every run), against `wc -l` reading the same file.
    private func csvImportRow(log: (String) -> Void) throws -> BenchmarkRow {
        let generator = CSVImportGenerator.benchmark
        let folder = work.appendingPathComponent("csv-import", isDirectory: true)
        let marker = folder.appendingPathComponent("generated-\(generator.people)-\(generator.rows)-\(generator.seed)")
        if !FileManager.default.fileExists(atPath: marker.path) {
            try? FileManager.default.removeItem(at: folder)
            log("generating a \(generator.rows)-row CE spreadsheet and a roster of \(generator.people)...")
            let arguments = ["--generate-csv", folder.path, String(generator.people), String(generator.rows), String(generator.seed)]
            if let generatorProgram {
                let run = try ProcessTimer.run(generatorProgram, arguments, environment: environment)
                guard run.status == 0 else { throw BenchmarkError.failed("\(generatorProgram) --generate-csv \(folder.path)", run.status) }
            } else {
                try generator.write(to: folder)
            }
            _ = FileManager.default.createFile(atPath: marker.path, contents: Data())
        }
        let sheet = folder.appendingPathComponent(CSVImportGenerator.sheetName).path
        let template = folder.appendingPathComponent(CSVImportGenerator.storeName, isDirectory: true)
        let store = work.appendingPathComponent("csv-import-store", isDirectory: true)
        let floor = try ProcessTimer.median(runs: runs, "/usr/bin/wc", ["-l", sheet], environment: environment)
        let run = try ProcessTimer.median(
            runs: runs, peertrack, ["--store", store.path, "ce", "import", sheet], environment: environment,
            before: {
                try? FileManager.default.removeItem(at: store)
                try FileManager.default.copyItem(at: template, to: store)
            })
        log("csv import measured")
        return BenchmarkRow(
            name: "ce import: \(generator.rows / 1000),000-row CSV, roster of \(generator.people)", seconds: run.seconds, peakBytes: run.peakBytes,
            floor: floor.seconds, ratio: run.seconds / floor.seconds, target: "< 2 s, < 100 MB (floor: wc -l)",
            met: run.seconds < 2 && run.peakBytes < 100 * 1_048_576, key: "csv_import")
    }

    private func exportRow(_ name: String, store: URL, limit: Double, log: (String) -> Void) throws -> BenchmarkRow? {
        let help = try ProcessTimer.run(peertrack, ["export", "agency", "--help"], environment: environment)
        guard help.status == 0 else {
            log("\(name): no export command in this build; skipped")
            return nil
        }
        let file = work.appendingPathComponent("\(name)-export.xml").path
        let export = try peertrack(store, ["export", "agency", "-o", file, "--on", day], runs: runs)
        let size = Double((try FileManager.default.attributesOfItem(atPath: file)[.size] as? NSNumber)?.intValue ?? 0)
        let rate = size / 1_048_576 / export.seconds
        var floorRate: Double?
        if let xmllint {
            let read = try ProcessTimer.median(runs: runs, xmllint, ["--stream", "--noout", file], environment: environment)
            floorRate = size / 1_048_576 / read.seconds
        }
        log("\(name): export measured (\(Int(size / 1_048_576)) MB)")
        let ratio = floorRate.map { rate / $0 }
        return BenchmarkRow(
            name: "\(name): export agency", seconds: export.seconds, peakBytes: export.peakBytes, megabytesPerSecond: rate,
            floor: floorRate, ratio: ratio, target: ">= 0.7x xmllint --stream, < 100 MB, < \(limit) s",
            met: (ratio ?? 1) >= 0.7 && export.peakBytes < 100 * 1_048_576 && export.seconds < limit, key: "\(name)_export")
    }

    /// `transcript validate`, `transcript import` into an empty store, and the same import
    /// again, of the export just written, each against `xmllint --stream --noout --schema`
    /// with the published schema on the same file, in the same run.
    private func transcriptRows(_ name: String, log: (String) -> Void) throws -> [BenchmarkRow] {
        guard let xmllint else {
            log("\(name): no xmllint, so no transcript reading floor; skipped")
            return []
        }
        let file = work.appendingPathComponent("\(name)-export.xml").path
        let schema = work.appendingPathComponent("transcript.xsd").path
        _ = try ProcessTimer.run(peertrack, ["schema", "transcript"], environment: environment, output: schema)
        // The statewide file takes half a minute for xmllint alone: three runs there.
        let count = name == "state" ? min(runs, 3) : runs
        let floor = try ProcessTimer.median(runs: count, xmllint, ["--stream", "--noout", "--schema", schema, file], environment: environment)
        let limit = 100 * 1_048_576
        func row(_ title: String, _ key: String, _ sample: RunSample, times: Double, extra: String = "") -> BenchmarkRow {
            BenchmarkRow(
                name: "\(name): \(title)", seconds: sample.seconds, peakBytes: sample.peakBytes, floor: floor.seconds,
                ratio: sample.seconds / floor.seconds, target: "<= \(times)x xmllint --stream --schema, < 100 MB\(extra)",
                met: sample.seconds <= times * floor.seconds && sample.peakBytes < limit, key: "\(name)_\(key)")
        }
        let validate = try ProcessTimer.median(runs: count, peertrack, ["transcript", "validate", file], environment: environment)
        log("\(name): transcript validate measured")
        let store = work.appendingPathComponent("\(name)-import-store", isDirectory: true)
        let first = try ProcessTimer.median(
            runs: count, peertrack, ["--store", store.path, "transcript", "import", file], environment: environment,
            before: {
                try? FileManager.default.removeItem(at: store)
                let made = try ProcessTimer.run(peertrack, ["--store", store.path, "init", "--agency", "Receiving Agency"], environment: environment)
                guard made.status == 0 else { throw BenchmarkError.failed("peertrack init", made.status) }
            })
        let journal = store.appendingPathComponent("journal.log").path
        let size = { (try? FileManager.default.attributesOfItem(atPath: journal)[.size] as? NSNumber)?.intValue ?? 0 }
        let imported = size()
        let again = try ProcessTimer.median(runs: count, peertrack, ["--store", store.path, "transcript", "import", file], environment: environment)
        log("\(name): transcript import measured")
        var repeatRow = row("transcript import again (adds nothing)", "import_again", again, times: 1.5, extra: ", journal unchanged")
        repeatRow.met = repeatRow.met && size() == imported
        return [
            row("transcript validate", "validate", validate, times: 1.2),
            row("transcript import, empty store", "import", first, times: 2),
            repeatRow,
        ]
    }

    /// The table, for people.
    public static func table(_ rows: [BenchmarkRow]) -> String {
        func f(_ value: Double, _ digits: Int = 3) -> String { String(format: "%.\(digits)f", value) }
        var lines = ["| measurement | median | peak memory | floor | ratio | target | met |", "| --- | ---: | ---: | ---: | ---: | --- | --- |"]
        for row in rows {
            let median = row.megabytesPerSecond.map { "\(f(row.seconds)) s (\(f($0, 1)) MB/s)" } ?? "\(f(row.seconds)) s"
            let floor = row.floor.map { row.megabytesPerSecond != nil ? "\(f($0, 1)) MB/s" : "\(f($0)) s" } ?? "-"
            let ratio = row.ratio.map { "\(f($0, 2))x" } ?? "-"
            lines.append("| \(row.name) | \(median) | \(f(Double(row.peakBytes) / 1_048_576, 1)) MB | \(floor) | \(ratio) | \(row.target) | \(row.met ? "yes" : "NO") |")
        }
        return lines.joined(separator: "\n")
    }

    /// One line with every figure, for machines.
    public static func machineLine(_ rows: [BenchmarkRow]) -> String {
        var parts: [String] = []
        for row in rows {
            parts.append("\"\(row.key)_s\":\(String(format: "%.4f", row.seconds))")
            parts.append("\"\(row.key)_peak_mb\":\(String(format: "%.1f", Double(row.peakBytes) / 1_048_576))")
            if let rate = row.megabytesPerSecond { parts.append("\"\(row.key)_mb_per_s\":\(String(format: "%.1f", rate))") }
            if let ratio = row.ratio { parts.append("\"\(row.key)_ratio\":\(String(format: "%.3f", ratio))") }
            parts.append("\"\(row.key)_met\":\(row.met)")
        }
        return "BENCHMARK {" + parts.joined(separator: ",") + "}"
    }
}
