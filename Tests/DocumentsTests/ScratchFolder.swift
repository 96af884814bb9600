import Foundation

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
