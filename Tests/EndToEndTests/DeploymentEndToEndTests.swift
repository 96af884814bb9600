import Curriculum
import Foundation
import Runner
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Runs a program to the end with `input` on stdin, output to files; from `folder` (the
/// shared-store tests run it under other accounts with runuser).
func execute(
    _ executable: String, _ arguments: [String], environment: [String: String], in folder: String = "/", input: String = ""
) throws -> (status: Int32, output: String, errors: String) {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("pt-run-\(UUID().uuidString)")
    let (inFile, outFile, errFile) = (base.appendingPathExtension("in"), base.appendingPathExtension("out"), base.appendingPathExtension("err"))
    try Data(input.utf8).write(to: inFile)
    _ = FileManager.default.createFile(atPath: outFile.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
    defer { for file in [inFile, outFile, errFile] { try? FileManager.default.removeItem(at: file) } }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.environment = environment
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    process.standardInput = try FileHandle(forReadingFrom: inFile)
    process.standardOutput = try FileHandle(forWritingTo: outFile)
    process.standardError = try FileHandle(forWritingTo: errFile)
    try process.run()
    process.waitUntilExit()
    return (process.terminationStatus, try String(contentsOf: outFile, encoding: .utf8), try String(contentsOf: errFile, encoding: .utf8))
}

struct InstallEndToEndTests {
    @Test func theInstalledBinaryWorksFromAnyFolderWithTheContentInstalledBesideIt() throws {
        let binary = try #require(PeerTrackProcess.binary)
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("pt-prefix-\(UUID().uuidString)").path
        let home = prefix + "-home"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let repository = PeerTrackProcess.repository.path
        // As root, install.sh makes the binary set-group-id to a system group: a throwaway one here.
        let group = "pti\(String(UUID().uuidString.prefix(6)).lowercased())"
        defer { if getuid() == 0 { _ = try? execute("/usr/sbin/groupdel", [group], environment: ["PATH": "/usr/sbin:/usr/bin:/sbin:/bin"]) } }
        let install = try execute(
            "/bin/bash", ["\(repository)/install.sh", prefix],
            environment: ["PATH": "/usr/bin:/bin:/usr/sbin:/sbin", "PEERTRACK_BUILD": binary.deletingLastPathComponent().path, "PEERTRACK_GROUP": group],
            in: repository)
        #expect(install.status == 0, "\(install.errors)")
        if getuid() == 0 {
            var info = stat()
            #expect(stat("\(prefix)/libexec/peertrack/peertrack", &info) == 0 && info.st_mode & 0o7777 == 0o2755)
            #expect(getgrnam(group).map { $0.pointee.gr_gid == info.st_gid } == true, "the binary is the group's")
        }
        for path in ["bin/peertrack", "libexec/peertrack/peertrack", "share/peertrack/Curriculum/programs/nc-cpss.xml", "share/peertrack/Quizzes/ethics-quiz.xml", "share/man/man1/peertrack.1"] {
            #expect(FileManager.default.fileExists(atPath: "\(prefix)/\(path)"), "\(path) is installed")
        }
        // No PEERTRACK_CONTENT, and run from /: the content is the installed one.
        let environment = ["PATH": "/usr/bin:/bin", "HOME": home, "USER": "tester", "TERM": "dumb", "PEERTRACK_STORE": home + "/store"]
        let installed = "\(prefix)/bin/peertrack"
        let version = try execute(installed, ["--version"], environment: environment)
        #expect(version.output.contains("content: \(prefix)/share/peertrack"))
        let list = try execute(installed, ["curriculum", "list"], environment: environment)
        #expect(list.status == 0, "\(list.errors)")
        #expect(list.output.contains("[ethics-quiz]"))
        let quiz = try #require(try ContentLoader(root: URL(fileURLWithPath: "\(prefix)/share/peertrack")).load().quiz("history-quiz"))
        let taken = try execute(
            installed, ["quiz", "history-quiz", "--seed", "3"], environment: environment, input: rightAnswers(quiz, seed: 3).joined(separator: "\n") + "\n")
        #expect(taken.status == 0, "\(taken.errors)")
        #expect(taken.output.contains("Score: \(quiz.questionsPerAttempt) of \(quiz.questionsPerAttempt) (100%)"))
        #expect(try execute(installed, ["init", "--agency", "Hope Works"], environment: environment).status == 0)
        let status = try execute(installed, ["status"], environment: environment)
        #expect(status.status == 0)
        #expect(status.output.contains("No one on the roster yet"))

        let uninstall = try execute("/bin/bash", ["\(repository)/install.sh", "--uninstall", prefix], environment: ["PATH": "/usr/bin:/bin"], in: repository)
        #expect(uninstall.status == 0)
        #expect(!FileManager.default.fileExists(atPath: "\(prefix)/bin/peertrack"))
        #expect(!FileManager.default.fileExists(atPath: "\(prefix)/share/peertrack"))
    }
}

/// Throwaway OS accounts in a throwaway group, and a store shared by the group: what an
/// agency's machine looks like. Needs root (to make accounts); otherwise skipped, saying so.
@Suite(.enabled(if: getuid() == 0, "needs root to create throwaway OS accounts and a group"))
struct SharedStoreAsRootTests {
    @Test func aSpecialistIsRefusedWhereTheirSupervisorIsAllowedAndOutsidersAreKeptOut() throws {
        let binary = try #require(PeerTrackProcess.binary).path
        let tag = String(UUID().uuidString.prefix(6)).lowercased()
        let group = "ptg\(tag)"
        let (supervisor, specialist, outsider) = ("pts\(tag)", "ptp\(tag)", "pto\(tag)")
        let sbin = ["PATH": "/usr/sbin:/usr/bin:/sbin:/bin"]
        #expect(try execute("/usr/sbin/groupadd", [group], environment: sbin).status == 0)
        for user in [supervisor, specialist] {
            #expect(try execute("/usr/sbin/useradd", ["-M", "-N", "-G", group, "-s", "/bin/sh", user], environment: sbin).status == 0)
        }
        #expect(try execute("/usr/sbin/useradd", ["-M", "-N", "-s", "/bin/sh", outsider], environment: sbin).status == 0)
        defer {
            for user in [supervisor, specialist, outsider] { _ = try? execute("/usr/sbin/userdel", [user], environment: sbin) }
            _ = try? execute("/usr/sbin/groupdel", [group], environment: sbin)
        }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("pt-agency-\(tag)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        let store = root + "/store"
        let content = PeerTrackProcess.repository.path
        func peertrack(_ account: String?, _ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
            let environment = [
                "PATH": "/usr/bin:/bin", "HOME": root, "XDG_CACHE_HOME": root + "/cache-\(account ?? "root")", "TERM": "dumb",
                "PEERTRACK_STORE": store, "PEERTRACK_CONTENT": content, "USER": "sam",  // $USER claims nothing
            ]
            guard let account else { return try execute(binary, arguments, environment: environment) }
            return try execute("/usr/sbin/runuser", ["-u", account, "--", binary] + arguments, environment: environment)
        }
        let setUp = try peertrack(nil, ["init", "--agency", "Hope Works", "--group", group])
        #expect(setUp.status == 0, "\(setUp.errors)")
        #expect(setUp.output.contains("is its first administrator"))
        #expect(try peertrack(nil, ["person", "add", "sam", "--name", "Sam Lee", "--role", "supervisor", "--login", supervisor]).status == 0)
        #expect(try peertrack(nil, ["person", "add", "ana", "--name", "Ana Diaz", "--login", specialist, "--supervisor", "sam"]).status == 0)
        #expect(try peertrack(nil, ["training", "add", "sam", "--course", "Supervising NC Certified Peer Support Specialists", "--date", "2025-01-05"]).status == 0)
        // The specialist records her own CE under her own account.
        let added = try peertrack(specialist, ["ce", "add", "ana", "--date", "2025-02-01", "--hours", "2", "--title", "Ethics refresher", "--category", "ethics"])
        #expect(added.status == 0, "\(added.errors)")
        let record = added.output.trimmingCharacters(in: .whitespacesAndNewlines)

        let refused = try peertrack(specialist, ["ce", "verify", record, "--as", "sam"])
        #expect(refused.status == 1)
        #expect(refused.errors.contains("verif"), "\(refused.errors)")
        let selfVerify = try peertrack(specialist, ["ce", "verify", record])
        #expect(selfVerify.status == 1)
        #expect(selfVerify.errors.contains("only a supervisor may verify"), "\(selfVerify.errors)")
        let queue = try peertrack(supervisor, ["ce", "pending"])
        #expect(queue.output.contains(record), "\(queue.errors)")
        let verified = try peertrack(supervisor, ["ce", "verify", record])
        #expect(verified.status == 0, "\(verified.errors)")
        #expect(verified.output.contains("verified by sam"))
        let log = try peertrack(nil, ["log"])
        #expect(log.output.contains("by \(specialist)"), "every record names its OS account")
        #expect(log.output.contains("by \(supervisor) as sam"))

        let outside = try peertrack(outsider, ["status"])
        #expect(outside.status == 1)
        #expect(outside.errors.contains("belongs to group \(group)"), "\(outside.errors)")
        var info = stat()
        #expect(stat(store + "/journal.log", &info) == 0 && info.st_mode & 0o777 == 0o660)
    }
}

struct SupervisorQueueEndToEndTests {
    @Test func aSupervisorWalksTheQueueWithPipedAnswers() throws {
        let binary = try #require(PeerTrackProcess.binary).path
        let store = PeerTrackProcess.temporaryStore()
        let environment = PeerTrackProcess.environment(store: store, user: "sam")
        func peertrack(_ arguments: [String], input: String = "") throws -> (status: Int32, output: String, errors: String) {
            try execute(binary, arguments, environment: environment, input: input)
        }
        #expect(try peertrack(["init", "--agency", "Hope Works"]).status == 0)
        #expect(try peertrack(["person", "add", "sam", "--name", "Sam Lee", "--role", "supervisor", "--login", "sam"]).status == 0)
        #expect(try peertrack(["person", "add", "ana", "--name", "Ana Diaz", "--supervisor", "sam"]).status == 0)
        #expect(try peertrack(["person", "add", "bo", "--name", "Bo Park"]).status == 0)
        #expect(try peertrack(["training", "add", "sam", "--course", "Supervising NC Certified Peer Support Specialists", "--date", "2025-01-05"]).status == 0)
        var ids: [String] = []
        for (title, date) in [("First", "2025-02-01"), ("Second", "2025-03-01"), ("Third", "2025-04-01")] {
            let added = try peertrack(["ce", "add", "ana", "--date", date, "--hours", "1", "--title", title, "--category", "general"])
            ids.append(added.output.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        // Bo has no supervisor: his record is in no one's queue.
        #expect(try peertrack(["ce", "add", "bo", "--date", "2025-02-01", "--hours", "1", "--title", "Bo's", "--category", "general"]).status == 0)
        let pending = try peertrack(["ce", "pending", "--as", "sam"])
        #expect(pending.output.components(separatedBy: "\n").filter { $0.contains("ana") }.count == 3)
        #expect(!pending.output.contains("Bo's"))
        // y verifies, s skips, a wrong answer is asked again, q stops.
        let walk = try peertrack(["ce", "verify", "--as", "sam"], input: "s\nmaybe\ny\nq\n")
        #expect(walk.status == 0, "\(walk.errors)")
        #expect(walk.output.contains("1 of 3: \(ids[0])"))
        #expect(walk.output.contains("Type y to verify, s to skip or q to stop"))
        #expect(walk.output.contains("\(ids[1]) verified by sam"))
        #expect(walk.output.contains("Verified 1, skipped 1; 2 still waiting."))
        let after = try peertrack(["ce", "pending", "--as", "sam"])
        #expect(after.output.contains(ids[0]) && !after.output.contains(ids[1]) && after.output.contains(ids[2]))
    }
}

struct ImportedBankEndToEndTests {
    @Test func aGIFTBankIsImportedAndItsQuizTakenWithPartialCredit() throws {
        let binary = try #require(PeerTrackProcess.binary).path
        let folder = PeerTrackProcess.temporaryStore()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for part in ["Curriculum", "Quizzes"] {
            try FileManager.default.copyItem(at: PeerTrackProcess.repository.appendingPathComponent(part), to: folder.appendingPathComponent(part))
        }
        let bank = folder.appendingPathComponent("bank.gift")
        try Data("""
            ::gifts::A peer offers you a $5 coffee card after a hard week. Your agency bans gifts. {
              =Thank them and explain you cannot accept it#The agency policy decides.
              ~Accept it, since it is under $10#Value is not the test where gifts are banned.
            ####Rule 15.}

            ::values::Which are values of the NC code? {
              ~%50%Self-directed recovery is possible for everyone
              ~%50%People may make their own treatment choices
              ~%-100%Peers must follow their treatment plan
            }

            ::lapse::How many days does the NC late window last? {#30:0}

            """.utf8).write(to: bank)
        var environment = PeerTrackProcess.environment(store: folder.appendingPathComponent("store"), user: "tester")
        environment["PEERTRACK_CONTENT"] = folder.path
        let quizFile = folder.appendingPathComponent("Quizzes/bank-quiz.xml").path
        let imported = try execute(binary, ["curriculum", "import", bank.path, "--quiz", "bank-quiz", "--module", "ethics", "-o", quizFile], environment: environment)
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.output.contains("Imported 3 of 3"))
        #expect(try execute(binary, ["curriculum", "check"], environment: environment).status == 0)
        // Right, half right (one of two right choices picked), right.
        let taken = try execute(binary, ["quiz", "bank-quiz", "--practice"], environment: environment, input: "a\na\n30\n")
        #expect(taken.status == 0, "\(taken.errors)")
        #expect(taken.output.contains("Score: 2.5 of 3 (83%)"))
    }
}
