import Foundation

/// A checking tool the tests run when the machine has it (qpdf, pdftotext, chromium).
struct ExternalTool {
    let path: String

    static let qpdf = ExternalTool(path: "/usr/bin/qpdf")
    static let pdftotext = ExternalTool(path: "/usr/bin/pdftotext")
    static let pdfinfo = ExternalTool(path: "/usr/bin/pdfinfo")
    static let chromium = ExternalTool(path: "/usr/bin/chromium")

    /// Whether the tool is installed.
    var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: path) }

    /// Runs the tool, waiting at most `timeout` seconds; returns its exit status and what it
    /// printed (standard output and error together, through a file so a hung tool cannot block).
    func run(_ arguments: [String], timeout: TimeInterval = 120) throws -> (status: Int32, output: String) {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("documents-tool-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let handle = try FileHandle(forWritingTo: log)
        defer { try? handle.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return (process.terminationStatus, output)
    }
}

/// A scratch folder for one test's files, removed when the test is done; set
/// DOCUMENTS_TEST_OUTPUT to a folder to keep copies of every file the tests write.
final class ScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("documents-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes the bytes under the name and returns the file's path.
    func write(_ bytes: [UInt8], named name: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        if let keep = ProcessInfo.processInfo.environment["DOCUMENTS_TEST_OUTPUT"] {
            try? FileManager.default.createDirectory(atPath: keep, withIntermediateDirectories: true)
            try? Data(bytes).write(to: URL(fileURLWithPath: keep).appendingPathComponent(name))
        }
        return file.path
    }
}
