import Foundation
import QuestionBanks
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A bank is read only from a regular file and only up to its format's cap, in time that
/// grows in line with its size.
struct ReadingBoundsTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("peertrack-bounds-\(UUID().uuidString)")

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    private func refusal(_ path: String, format: QuestionBankFormat? = nil) -> String {
        do {
            _ = try QuestionBankImporter.importFile(path, format: format, options: BankImportOptions(moduleID: "sample"))
            return "imported"
        } catch {
            return "\(error)"
        }
    }

    @Test func onlyARegularFileIsRead() throws {
        let fifo = folder.appendingPathComponent("bank.gift").path
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(refusal(fifo) == "\(fifo): is a FIFO (named pipe); expected a regular file")
        #expect(refusal(folder.path) == "\(folder.path): is a folder; expected a regular file")
        #expect(refusal("/dev/null") == "/dev/null: is a device; expected a regular file")
        let missing = folder.appendingPathComponent("missing.xml").path
        #expect(refusal(missing) == "\(missing): cannot be opened: No such file or directory")
    }

    @Test func aRegularFileImportsAsItsBytesDo() throws {
        let path = Fixture.folder.appendingPathComponent("forms.gift").path
        let fromFile = try QuestionBankImporter.importFile(path, options: BankImportOptions(moduleID: "sample"))
        let fromBytes = try QuestionBankImporter.importBank(try Fixture.bytes("forms.gift"), file: path, options: BankImportOptions(moduleID: "sample"))
        #expect(fromFile.quiz == fromBytes.quiz)
    }

    /// A file over the cap is refused from its size, before it is read: a sparse file of a
    /// gibibyte costs nothing to make or to refuse.
    @Test(arguments: [("big.gift", QuestionBankFormat.gift, "::Q::A question?{T}\n"), ("big.xml", .moodle, "<?xml version=\"1.0\"?><quiz>")])
    func aFileOverItsFormatsCapIsRefusedBeforeReading(name: String, format: QuestionBankFormat, start: String) throws {
        let url = folder.appendingPathComponent(name)
        try Data(start.utf8).write(to: url)
        #expect(truncate(url.path, 1 << 30) == 0, "a sparse gibibyte")
        #expect(refusal(url.path) == "\(url.path):1: the file is 1073741824 bytes; a \(format.title) bank may be at most \(format.maxBytes >> 20) MiB (\(format.maxBytes) bytes); nothing was imported")
        let justOver = folder.appendingPathComponent("over-" + name)
        try Data((start + String(repeating: " ", count: format.maxBytes + 1 - start.utf8.count)).utf8).write(to: justOver)
        #expect(refusal(justOver.path).contains("the file is \(format.maxBytes + 1) bytes"))
        #expect(throws: QuestionBankError.self) {
            try QuestionBankImporter.importBank(Array(try Data(contentsOf: justOver)), file: name, options: BankImportOptions(moduleID: "m"))
        }
    }

    @Test func capsAreTheDocumentedOnes() {
        #expect(QuestionBankFormat.gift.maxBytes == 4 << 20)
        #expect(QuestionBankFormat.moodle.maxBytes == 16 << 20)
    }
}
