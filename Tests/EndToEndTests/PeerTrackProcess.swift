import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs the built `peertrack` binary as a separate process, as a user would.
enum PeerTrackProcess {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The binary next to the test bundle, else in the package's build folder.
    static let binary: URL? = {
        var folders = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        if let first = CommandLine.arguments.first { folders.append(URL(fileURLWithPath: first).deletingLastPathComponent()) }
        folders.append(repository.appendingPathComponent(".build/debug"))
        return folders.map { $0.appendingPathComponent("peertrack") }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    struct Missing: Error, CustomStringConvertible {
        var description: String { "the peertrack binary was not found next to the tests; run swift build first" }
    }

    /// The OS account the tests run under: the kernel's, which every record names ($USER,
    /// set to something else in the environments below, claims nothing).
    static let account: String = {
        guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name else { return "uid\(getuid())" }
        return String(cString: name)
    }()

    /// A fresh, empty store folder.
    static func temporaryStore() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("peertrack-e2e-\(UUID().uuidString)", isDirectory: true)
    }

    static func environment(store: URL, user: String) -> [String: String] {
        [
            "PATH": "/usr/bin:/bin", "HOME": store.path, "USER": user, "LOGNAME": user, "TERM": "dumb",
            "PEERTRACK_STORE": store.path, "PEERTRACK_CONTENT": repository.path,
        ]
    }

    /// Starts the binary with stdin from /dev/null and output to files (never a full pipe).
    static func start(_ arguments: [String], store: URL, user: String = "tester") throws -> (Process, URL, URL) {
        guard let binary else { throw Missing() }
        let outputs = FileManager.default.temporaryDirectory.appendingPathComponent("peertrack-out-\(UUID().uuidString)")
        let out = outputs.appendingPathExtension("stdout")
        let err = outputs.appendingPathExtension("stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = environment(store: store, user: user)
        process.currentDirectoryURL = FileManager.default.temporaryDirectory
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        return (process, out, err)
    }

    /// Runs the binary to the end.
    @discardableResult
    static func run(_ arguments: [String], store: URL, user: String = "tester") throws -> Result {
        let (process, out, err) = try start(arguments, store: store, user: user)
        process.waitUntilExit()
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        return Result(
            status: process.terminationStatus, output: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
            errors: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    /// The store's journal bytes.
    static func journal(_ store: URL) -> Data {
        (try? Data(contentsOf: store.appendingPathComponent("journal.log"))) ?? Data()
    }
}
