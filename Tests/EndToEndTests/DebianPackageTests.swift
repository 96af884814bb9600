import Foundation
import Synchronization
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Whether this machine can take the package test: root, dpkg, and no real agency store or
/// PeerTrack package that the test would become part of (the store would be every
/// command's default, and the test removes what it installs).
private let packageTestBlocker: String? = {
    if getuid() != 0 { return "needs root to install a Debian package and make throwaway accounts" }
    if !FileManager.default.isExecutableFile(atPath: "/usr/bin/dpkg-deb") { return "needs dpkg-deb" }
    var info = stat()
    if lstat("/var/lib/peertrack", &info) == 0 { return "refuses to run: /var/lib/peertrack exists, and a real agency store must not be touched" }
    if FileManager.default.fileExists(atPath: "/var/lib/dpkg/info/peertrack.list") { return "refuses to run: the peertrack package is installed" }
    if getgrnam("peertrack") != nil { return "refuses to run: the group peertrack exists" }
    return nil
}()

/// The Debian package as an agency installs it, with throwaway accounts that are in no group
/// (the crontab model): built by `install.sh --deb`, checked by lintian, installed with
/// `dpkg -i`, used, removed. The machine is left as it was found, even when a check fails.
@Suite(.serialized, .enabled(if: packageTestBlocker == nil, "\(packageTestBlocker ?? "")"))
struct DebianPackageTests {
    private static let store = "/var/lib/peertrack"
    private static let binary = "/usr/bin/peertrack"

    private let tag = String(UUID().uuidString.prefix(5)).lowercased()
    private var admin: String { "pta\(tag)" }
    private var supervisor: String { "pts\(tag)" }
    private var specialist: String { "ptp\(tag)" }
    private var scratch: String { "/tmp/pt-deb-\(tag)" }

    private struct Run {
        var status: Int32
        var output: String
        var errors: String
        var both: String { output + errors }
    }

    /// Runs a program, as `account` (through runuser) or as root.
    private func run(_ account: String?, _ program: String, _ arguments: [String], environment extra: [String: String] = [:], input: String = "")
        throws -> Run
    {
        let base = "\(scratch)/run-\(UUID().uuidString)"
        FileManager.default.createFile(atPath: base + ".in", contents: Data(input.utf8))
        FileManager.default.createFile(atPath: base + ".out", contents: nil)
        FileManager.default.createFile(atPath: base + ".err", contents: nil)
        defer { for suffix in [".in", ".out", ".err"] { unlink(base + suffix) } }
        let process = Process()
        var environment = ["PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "HOME": scratch, "TERM": "dumb", "XDG_CACHE_HOME": "\(scratch)/cache-\(account ?? "root")"]
        environment.merge(extra) { _, new in new }
        process.environment = environment
        if let account {
            process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
            process.arguments = ["-u", account, "--", program] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = arguments
        }
        process.currentDirectoryURL = URL(fileURLWithPath: scratch)
        process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: base + ".in"))
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: base + ".out"))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: base + ".err"))
        try process.run()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, output: (try? String(contentsOfFile: base + ".out", encoding: .utf8)) ?? "",
            errors: (try? String(contentsOfFile: base + ".err", encoding: .utf8)) ?? "")
    }

    private func peertrack(_ account: String?, _ arguments: [String], environment: [String: String] = [:], input: String = "") throws -> Run {
        try run(account, Self.binary, arguments, environment: environment, input: input)
    }

    private func journal() -> Data { (try? Data(contentsOf: URL(fileURLWithPath: Self.store + "/journal.log"))) ?? Data() }

    /// Every record id of the journal, to make sure none reaches a refused command's output.
    private func recordIDs() -> [String] {
        let text = String(decoding: journal(), as: UTF8.self)
        return text.components(separatedBy: .whitespacesAndNewlines).filter { word in
            word.count == 16 && word.allSatisfy(\.isHexDigit)
        }
    }

    /// Puts the machine back: the package purged, its store, group and accounts removed.
    private func cleanUp() {
        _ = try? run(nil, "/usr/bin/dpkg", ["--purge", "peertrack"])
        _ = try? FileManager.default.removeItem(atPath: Self.store)
        for account in [admin, supervisor, specialist] { _ = try? run(nil, "/usr/sbin/userdel", [account]) }
        _ = try? run(nil, "/usr/sbin/groupdel", ["peertrack"])
        _ = try? run(nil, "/usr/sbin/groupdel", ["ptold\(tag)"])
        _ = try? FileManager.default.removeItem(atPath: scratch)
        _ = try? FileManager.default.removeItem(atPath: oldStore)
        unlink("/tmp/pt-wait-\(tag)")
        // The package goes with the suite's last test.
        if Self.finished.withLock({ $0 += 1; return $0 }) == Self.testCount, let package = Self.package.path {
            _ = try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: package).deletingLastPathComponent().path)
            unlink(URL(fileURLWithPath: package).deletingLastPathComponent().path + ".log")
        }
    }

    /// How many tests of the suite have cleaned up, of how many.
    private static let finished = Mutex(0)
    private static let testCount = 2

    private var oldStore: String { "/var/lib/pt-old-\(tag)" }

    /// The package, built once for the suite by `install.sh --deb` from this checkout.
    private static let package: (path: String?, problem: String) = {
        let out = "/tmp/pt-deb-package-\(getpid())"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [PeerTrackProcess.repository.path + "/install.sh", "--deb", out]
        process.environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": NSHomeDirectory()]
        let output = Pipe()
        let log = out + ".log"
        FileManager.default.createFile(atPath: log, contents: nil)
        process.standardOutput = output
        process.standardError = FileHandle(forWritingAtPath: log)
        do { try process.run() } catch { return (nil, "install.sh --deb could not start: \(error)") }
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let errors = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0, let last = printed.split(separator: "\n").last else {
            return (nil, "install.sh --deb exited \(process.terminationStatus): \(errors.suffix(2000))")
        }
        return (String(last), "")
    }()

    /// Installs the package (built once), or fails the test saying why.
    private func install() throws -> String {
        let package = try #require(Self.package.path, "\(Self.package.problem)")
        let installed = try run(nil, "/usr/bin/dpkg", ["-i", package])
        try #require(installed.status == 0, "dpkg -i: \(installed.both)")
        return package
    }

    @Test func theInstalledPackageKeepsTheRecordsOutOfEveryonesReachButPeerTracks() throws {
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        defer { cleanUp() }
        let package = try install()
        #expect(package.hasSuffix(".deb"))
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/lintian") {
            let lint = try run(nil, "/usr/bin/lintian", ["--no-tag-display-limit", package])
            let errors = lint.both.split(separator: "\n").filter { $0.hasPrefix("E:") }
            #expect(errors.isEmpty, "lintian reports errors:\n\(errors.joined(separator: "\n"))")
        } else {
            Issue.record("lintian is not installed (Debian: lintian); .ci/run installs it")
        }

        // The crontab model: a system group no one is in, the binary set-group-id to it, the store open to it alone.
        let group = try #require(getgrnam("peertrack"))
        #expect(group.pointee.gr_mem.pointee == nil, "no person is in the group peertrack")
        var info = stat()
        #expect(stat("/usr/libexec/peertrack/peertrack", &info) == 0 && info.st_mode & 0o7777 == 0o2755 && info.st_gid == group.pointee.gr_gid)
        #expect(stat(Self.store, &info) == 0 && info.st_mode & 0o7777 == 0o2770 && info.st_uid == 0 && info.st_gid == group.pointee.gr_gid)
        let libraries = try run(nil, "/usr/bin/ldd", ["/usr/libexec/peertrack/peertrack"])
        #expect(libraries.status == 0)
        #expect(!libraries.output.lowercased().contains("swift"), "the installed binary needs no toolchain: \(libraries.output)")
        #expect(libraries.output.contains("libxml2"))

        for account in [admin, supervisor, specialist] {
            #expect(try run(nil, "/usr/sbin/useradd", ["-M", "-N", "-s", "/bin/sh", account]).status == 0)
        }
        // Set up by root, with the first administrator named.
        let setUp = try peertrack(nil, ["init", "--agency", "Hope Works", "--admin", admin])
        #expect(setUp.status == 0, "\(setUp.errors)")
        #expect(setUp.output.contains("\(admin) (login \(admin)) is its first administrator"), "\(setUp.output)")
        #expect(try peertrack(specialist, ["init", "--agency", "Mine"]).status == 1)
        for command in [
            ["person", "add", "sam", "--name", "Sam Lee", "--role", "supervisor", "--login", supervisor],
            ["person", "add", "ana", "--name", "Ana Diaz", "--login", specialist, "--supervisor", "sam"],
            ["training", "add", "sam", "--course", "Supervising NC Certified Peer Support Specialists", "--date", "2025-01-05"],
        ] {
            let done = try peertrack(admin, command, environment: ["USER": "mallory", "LOGNAME": "mallory"])
            #expect(done.status == 0, "\(command): \(done.errors)")
        }

        // The specialist does what the roles table allows, through PeerTrack, whatever $USER says.
        let forged = ["USER": "sam", "LOGNAME": "sam", "HOME": "/tmp"]
        let added = try peertrack(specialist, ["ce", "add", "ana", "--date", "2025-02-01", "--hours", "19", "--title", "Ethics", "--category", "ethics"], environment: forged)
        #expect(added.status == 0, "\(added.errors)")
        let record = added.output.trimmingCharacters(in: .whitespacesAndNewlines)
        let evidenceFile = scratch + "/certificate.pdf"
        try Data("%PDF-1.4\n% a certificate\n%%EOF\n".utf8).write(to: URL(fileURLWithPath: evidenceFile))
        chmod(evidenceFile, 0o644)
        let withEvidence = try peertrack(
            specialist, ["ce", "add", "ana", "--date", "2025-03-01", "--hours", "2", "--title", "WRAP", "--category", "general", "--evidence", evidenceFile],
            environment: forged)
        #expect(withEvidence.status == 0, "\(withEvidence.errors)")
        let attached = try peertrack(specialist, ["ce", "attach", record, evidenceFile], environment: forged)
        #expect(attached.status == 0, "\(attached.errors)")
        #expect(try peertrack(specialist, ["ce", "list", "ana"]).output.contains("Ethics"))
        #expect(try peertrack(specialist, ["status", "ana"]).status == 0)
        let csv = scratch + "/hours.csv"
        try Data("person,date,hours,title,category\nana,2025-04-01,1,Imported,general\n".utf8).write(to: URL(fileURLWithPath: csv))
        chmod(csv, 0o644)
        #expect(try peertrack(admin, ["ce", "import", csv], environment: ["USER": "mallory"]).status == 0)

        // The process stays non-dumpable: the user cannot look into it while it runs.
        let peek = try run(
            specialist, "/bin/sh",
            ["-c", "mkfifo /tmp/pt-wait-\(tag) && { sleep 4 > /tmp/pt-wait-\(tag) & } && { \(Self.binary) quiz history-quiz --practice < /tmp/pt-wait-\(tag) > /dev/null 2>&1 & } && sleep 2 && cat /proc/$!/environ; status=$?; wait; exit $status"])
        #expect(peek.status != 0 && peek.errors.contains("Permission denied"), "\(peek.both)")

        // A forged verification is refused and writes nothing.
        let before = journal()
        let forgedVerify = try peertrack(specialist, ["ce", "verify", record], environment: forged)
        #expect(forgedVerify.status == 1)
        #expect(journal() == before, "a refused verification writes nothing")

        // Nothing in the store can be touched directly, not even a file the specialist owns.
        for attempt in [
            "echo forged >> \(Self.store)/journal.log", "truncate -s 0 \(Self.store)/journal.log", "mv \(Self.store)/journal.log \(Self.store)/x",
            "rm -f \(Self.store)/journal.log", "rm -f \(Self.store)/index.bin", ": > \(Self.store)/append.pending",
            ": > \(Self.store)/staging-1-2.import", "cat \(Self.store)/journal.log", "ls \(Self.store)",
        ] {
            let direct = try run(specialist, "/bin/sh", ["-c", attempt])
            #expect(direct.status != 0, "\(attempt) was refused")
            #expect(direct.errors.contains("Permission denied"), "\(attempt): \(direct.errors)")
        }
        #expect(journal() == before, "the journal is as it was")

        // Every path a user names is opened with the user's own credentials.
        let ids = recordIDs()
        for (account, arguments) in [
            (specialist, ["transcript", "validate", "\(Self.store)/journal.log"]),
            (specialist, ["curriculum", "check", "\(Self.store)/journal.log"]),
            (specialist, ["--content", Self.store, "curriculum", "list"]),
            (admin, ["ce", "import", "\(Self.store)/journal.log"]),
            (admin, ["person", "import", "\(Self.store)/journal.log"]),
            (specialist, ["ce", "attach", record, "\(Self.store)/index.bin"]),
            (admin, ["export", "agency", "-o", "\(Self.store)/journal.log"]),
        ] {
            let refused = try peertrack(account, arguments)
            #expect(refused.status != 0, "\(arguments) is refused")
            // -o is refused before the kernel is asked: the target is in the store folder.
            let refusal = arguments.contains("-o") ? "it is in the store" : "permission denied"
            #expect(refused.both.lowercased().contains(refusal), "\(arguments): \(refused.both)")
            #expect(!ids.contains { refused.both.contains($0) } && !refused.both.contains("Hope Works"), "\(arguments) shows no byte of the store")
        }
        #expect(journal() == before)

        // The supervisor verifies under their own account, and the log says so.
        let verified = try peertrack(supervisor, ["ce", "verify", record], environment: ["USER": "ana"])
        #expect(verified.status == 0, "\(verified.errors)")
        let log = try peertrack(admin, ["log", "--json"])
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(log.output.utf8)) as? [[String: Any]])
        let accounts = Set(entries.compactMap { $0["account"] as? String })
        #expect(!accounts.contains("mallory") && !accounts.contains("sam") && !accounts.contains("ana"), "\(accounts)")
        func account(of kind: String) -> [String] { entries.filter { $0["kind"] as? String == kind }.compactMap { $0["account"] as? String } }
        #expect(account(of: "verify") == [supervisor])
        #expect(Set(account(of: "ce")) == [specialist, admin], "ce add, ce add --evidence and ce import")
        #expect(Set(account(of: "evidence")) == [specialist])
        #expect(Set(account(of: "person")) == ["root", admin], "init (by root) and person add (by the administrator)")

        // Removing the program leaves the store and its records.
        let kept = journal()
        let removed = try run(nil, "/usr/bin/dpkg", ["-r", "peertrack"])
        #expect(removed.status == 0, "\(removed.both)")
        #expect(!FileManager.default.fileExists(atPath: Self.binary))
        #expect(journal() == kept && !kept.isEmpty, "the records stay after dpkg -r")
    }

    @Test func aStoreSharedByAGroupBecomesTheAgencysWithOneCommandAndTheGroupIsShutOut() throws {
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        defer { cleanUp() }
        _ = try install()
        let oldGroup = "ptold\(tag)"
        #expect(try run(nil, "/usr/sbin/groupadd", [oldGroup]).status == 0)
        #expect(try run(nil, "/usr/sbin/useradd", ["-M", "-N", "-G", oldGroup, "-s", "/bin/sh", specialist]).status == 0)
        // Today's store for a group, as `init --group` makes it, with records in it.
        for command in [
            ["init", "--agency", "Hope Works", "--group", oldGroup], ["person", "add", "ana", "--name", "Ana Diaz", "--login", specialist],
        ] {
            let done = try peertrack(nil, ["--store", oldStore] + command)
            #expect(done.status == 0, "\(command): \(done.errors)")
        }
        #expect(try peertrack(specialist, ["--store", oldStore, "ce", "add", "ana", "--date", "2025-02-01", "--hours", "3", "--title", "Ethics", "--category", "ethics"]).status == 0)
        let records = try Data(contentsOf: URL(fileURLWithPath: oldStore + "/journal.log"))
        // Its members can change the journal directly: the weakness the conversion ends.
        #expect(try run(specialist, "/bin/sh", ["-c", "cat \(oldStore)/journal.log > /dev/null"]).status == 0)

        let converted = try peertrack(nil, ["store", "convert", oldStore])
        #expect(converted.status == 0, "\(converted.errors)")
        #expect(converted.output.contains("\(records.split(separator: 0x0A).count) records kept") && converted.output.contains("group \(oldGroup) has no access"), "\(converted.output)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: Self.store + "/journal.log")) == records, "every record kept, byte for byte")
        for path in [Self.store + "/journal.log", oldStore + "/journal.log"] {
            let direct = try run(specialist, "/bin/sh", ["-c", "cat \(path)"])
            #expect(direct.status != 0 && direct.errors.contains("Permission denied"), "\(path): \(direct.both)")
        }
        // Through PeerTrack the member goes on as before.
        let list = try peertrack(specialist, ["ce", "list", "ana"])
        #expect(list.status == 0 && list.output.contains("Ethics"), "\(list.errors)")
        #expect(try peertrack(specialist, ["store", "convert"]).status == 1, "only root converts")
    }
}
