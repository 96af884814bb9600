import BenchmarkKit
import Curriculum
import Foundation

// peertrack-bench: measures PeerTrack's hot paths against their floors. Run it with
// `swift run -c release peertrack-bench` from the repository; see the README.
let arguments = Array(CommandLine.arguments.dropFirst())
let executableFolder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func value(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

// Run by the benchmark itself to write a store in a process of its own.
if arguments.first == "--generate", arguments.count == 5, let people = Int(arguments[2]), let records = Int(arguments[3]),
    let seed = UInt64(arguments[4])
{
    do {
        try StoreGenerator(people: people, records: records, seed: seed).write(to: URL(fileURLWithPath: arguments[1], isDirectory: true))
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("peertrack-bench: \(error)\n".utf8))
        exit(1)
    }
}

// Run by the benchmark itself to write the CSV import's roster store and spreadsheet.
if arguments.first == "--generate-csv", arguments.count == 5, let people = Int(arguments[2]), let rows = Int(arguments[3]),
    let seed = UInt64(arguments[4])
{
    do {
        try CSVImportGenerator(people: people, rows: rows, seed: seed).write(to: URL(fileURLWithPath: arguments[1], isDirectory: true))
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("peertrack-bench: \(error)\n".utf8))
        exit(1)
    }
}

// Run by the benchmark itself to append a learner's long review history to a store.
if arguments.first == "--generate-reviews", arguments.count == 3 {
    do {
        let curriculum = try ContentLoader(root: URL(fileURLWithPath: arguments[2], isDirectory: true)).load()
        try ReviewHistoryGenerator.benchmark.append(to: URL(fileURLWithPath: arguments[1], isDirectory: true), curriculum: curriculum)
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("peertrack-bench: \(error)\n".utf8))
        exit(1)
    }
}

if arguments.contains("--help") {
    print("""
        Usage: peertrack-bench [--work DIR] [--runs N] [--installed /usr/bin/peertrack]
        Generates a 500-person/100,000-record and a 10,000-person/1,000,000-record store in
        DIR (default .build/bench, kept for later runs), then measures start-up, status,
        export, transcript validate and import (beside xmllint --stream --schema) and
        append (beside --version) with the release peertrack built beside this program,
        `results` and the start of `review` for a learner with 5,000 reviews (on a copy of
        the agency store), and a 100,000-row CSV of CE hours imported into a store holding
        only its roster, each the median of N runs (default 5) with its peak memory, against
        its floor. With --installed (as root, right after installing the Debian package,
        whose /var/lib/peertrack is still empty): start-up and one CE append through the
        installed set-group-id binary on a copy of the agency store, beside the built binary.
        """)
    exit(0)
}

let work = URL(fileURLWithPath: value("--work") ?? repository.appendingPathComponent(".build/bench").path, isDirectory: true)
let runs = max(1, Int(value("--runs") ?? "5") ?? 5)
let peertrack = executableFolder.appendingPathComponent("peertrack").path
let floor = executableFolder.appendingPathComponent("foundation-floor").path
for needed in [peertrack, floor] where !FileManager.default.isExecutableFile(atPath: needed) {
    FileHandle.standardError.write(Data("peertrack-bench: \(needed) is missing; run `swift build -c release` first\n".utf8))
    exit(1)
}
let xmllint = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first { FileManager.default.isExecutableFile(atPath: $0) }
var suite = BenchmarkSuite(
    peertrack: peertrack, floorProgram: floor, xmllint: xmllint, content: repository.path, work: work, runs: runs,
    generatorProgram: URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path)
suite.installed = value("--installed")
do {
    let rows = try suite.run { FileHandle.standardError.write(Data("  \($0)\n".utf8)) }
    print(BenchmarkSuite.table(rows))
    print(BenchmarkSuite.machineLine(rows))
    exit(rows.allSatisfy(\.met) ? 0 : 1)
} catch {
    FileHandle.standardError.write(Data("peertrack-bench: \(error)\n".utf8))
    exit(1)
}
