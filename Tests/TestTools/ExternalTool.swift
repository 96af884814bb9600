import Foundation

/// A checking tool the tests run when the machine has it (Debian: qpdf, poppler-utils,
/// chromium; `.ci/run` installs them). Shared by the test targets that check documents.
public struct ExternalTool: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    public static let qpdf = ExternalTool(path: "/usr/bin/qpdf")
    public static let pdftotext = ExternalTool(path: "/usr/bin/pdftotext")
    public static let pdfinfo = ExternalTool(path: "/usr/bin/pdfinfo")
    public static let chromium = ExternalTool(path: "/usr/bin/chromium")

    /// Whether the tool is installed.
    public var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: path) }

    /// Runs the tool, waiting at most `timeout` seconds; returns its exit status and what it
    /// printed (standard output and error together, through a file so a chatty or hung tool
    /// cannot block the test).
    public func run(_ arguments: [String], timeout: TimeInterval = 120) throws -> (status: Int32, output: String) {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("peertrack-tool-\(UUID().uuidString).log")
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
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        return (process.terminationStatus, (try? String(contentsOf: log, encoding: .utf8)) ?? "")
    }
}
