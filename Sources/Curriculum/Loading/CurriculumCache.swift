import Foundation
import PeerTrackCore

#if canImport(Glibc)
import Glibc
#endif

/// A snapshot of a curriculum that loaded cleanly, so that the next start-up can skip
/// parsing and validating unchanged files. It is derived data: keyed by every content
/// file's path, size, modification time and inode, written only after a full load with no
/// problems, ignored if damaged or stale, and never used by `curriculum check`.
public struct CurriculumCache: Sendable {
    /// The folder holding cache files.
    public var directory: URL
    /// Bumped whenever the model or this encoding changes.
    static let format = "peertrack-curriculum-cache 2"

    /// Makes a cache in a folder.
    public init(directory: URL) {
        self.directory = directory
    }

    /// What identifies the content files as they are now.
    static func fingerprint(of files: [URL]) -> String {
        var parts = [format]
        for file in files.sorted(by: { $0.path < $1.path }) {
            var info = stat()
            guard stat(file.path, &info) == 0 else { return "" }
            parts.append("\(file.path)|\(info.st_size)|\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)|\(info.st_ino)")
        }
        return parts.joined(separator: "\n")
    }

    private func file(for fingerprint: String) -> URL {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in fingerprint.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return directory.appendingPathComponent("curriculum-\(String(hash, radix: 16)).bin")
    }

    /// The cached curriculum for exactly these files, if there is one and it is intact.
    func load(fingerprint: String) -> Curriculum? {
        guard !fingerprint.isEmpty, let data = try? Data(contentsOf: file(for: fingerprint)) else { return nil }
        guard var reader = try? BinaryReader(bytes: [UInt8](data)), let stored = try? reader.string(), stored == fingerprint else { return nil }
        return try? reader.curriculum()
    }

    /// Saves a cleanly loaded curriculum; failures are ignored (the cache is optional).
    func save(_ curriculum: Curriculum, fingerprint: String) {
        guard !fingerprint.isEmpty else { return }
        var writer = BinaryWriter()
        writer.string(fingerprint)
        writer.curriculum(curriculum)
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let target = file(for: fingerprint)
        let temporary = target.appendingPathExtension("tmp\(getpid())")
        guard (try? Data(writer.bytes).write(to: temporary)) != nil else { return }
        _ = rename(temporary.path, target.path)
        // Snapshots of content as it was before are of no further use.
        let others = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? []
        for other in others where other.lastPathComponent.hasPrefix("curriculum-") && other.lastPathComponent != target.lastPathComponent {
            try? FileManager.default.removeItem(at: other)
        }
    }
}

/// Little-endian lengths and UTF-8 strings, with a CRC-32 of the whole at the end.
struct BinaryWriter {
    var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        var remaining = UInt64(bitPattern: Int64(value))
        repeat {
            let low = UInt8(remaining & 0x7F)
            remaining >>= 7
            bytes.append(remaining == 0 ? low : low | 0x80)
        } while remaining != 0
    }

    mutating func string(_ value: String) {
        int(value.utf8.count)
        bytes += value.utf8
    }

    mutating func optional(_ value: String?) {
        int(value == nil ? 0 : 1)
        if let value { string(value) }
    }

    mutating func optional(_ value: Int?) {
        int(value == nil ? 0 : 1)
        if let value { int(value) }
    }

    mutating func source(_ source: Source) {
        optional(source.seed)
        optional(source.url)
        string(source.title)
    }

    mutating func curriculum(_ curriculum: Curriculum) {
        int(curriculum.modules.count)
        for module in curriculum.modules {
            string(module.id)
            int(module.order)
            string(module.title)
            string(module.summary)
            optional(module.quizID)
            int(module.lessons.count)
            for lesson in module.lessons {
                string(lesson.id)
                string(lesson.title)
                int(lesson.blocks.count)
                for block in lesson.blocks {
                    switch block {
                    case .heading(let text): int(0); string(text)
                    case .paragraph(let text): int(1); string(text)
                    case .keyPoint(let text): int(2); string(text)
                    case .list(let items, let ordered):
                        int(ordered ? 4 : 3)
                        int(items.count)
                        items.forEach { string($0) }
                    }
                }
                int(lesson.sources.count)
                lesson.sources.forEach { source($0) }
            }
        }
        int(curriculum.quizzes.count)
        for quiz in curriculum.quizzes {
            string(quiz.id)
            string(quiz.moduleID)
            int(quiz.version)
            string(quiz.title)
            optional(quiz.description)
            int(quiz.passMark)
            optional(quiz.drawCount)
            int(quiz.shufflesChoices ? 1 : 0)
            optional(quiz.ceHours?.hundredths)
            optional(quiz.ceCategory)
            int(quiz.spreadsOverTopics ? 1 : 0)
            int(quiz.declaredTopics.count)
            for topic in quiz.declaredTopics {
                string(topic.id)
                string(topic.title)
            }
            int(quiz.questions.count)
            for question in quiz.questions {
                string(question.id)
                string(question.prompt)
                switch question.kind {
                case .singleChoice(let choices), .multipleSelect(let choices):
                    int(question.kind.name == "single" ? 0 : 1)
                    int(choices.count)
                    for choice in choices {
                        string(choice.text)
                        int(choice.isCorrect ? 1 : 0)
                        optional(choice.feedback)
                    }
                case .trueFalse(let answer):
                    int(answer ? 3 : 2)
                case .shortAnswer(let accepted):
                    int(4)
                    int(accepted.count)
                    accepted.forEach { string($0) }
                }
                string(question.explanation)
                source(question.source)
                optional(question.rule)
                optional(question.value)
                optional(question.namedTopic)
            }
        }
        let checksum = CRC32.checksum(bytes)
        withUnsafeBytes(of: checksum.littleEndian) { bytes += $0 }
    }
}

struct BinaryReader {
    struct Damaged: Error {}

    let bytes: [UInt8]
    var position = 0

    init(bytes: [UInt8]) throws {
        guard bytes.count >= 4 else { throw Damaged() }
        let body = Array(bytes[0..<(bytes.count - 4)])
        let stored = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: bytes.count - 4, as: UInt32.self).littleEndian }
        guard stored == CRC32.checksum(body) else { throw Damaged() }
        self.bytes = body
    }

    mutating func int() throws -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw Damaged() }
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: value))
    }

    mutating func count() throws -> Int {
        let value = try int()
        guard value >= 0, value <= bytes.count - position + 1_000_000 else { throw Damaged() }
        return value
    }

    mutating func string() throws -> String {
        let length = try int()
        guard length >= 0, position + length <= bytes.count else { throw Damaged() }
        defer { position += length }
        return String(decoding: bytes[position..<(position + length)], as: UTF8.self)
    }

    mutating func optionalString() throws -> String? {
        try int() == 0 ? nil : try string()
    }

    mutating func optionalInt() throws -> Int? {
        try int() == 0 ? nil : try int()
    }

    mutating func source() throws -> Source {
        Source(seed: try optionalString(), url: try optionalString(), title: try string())
    }

    mutating func curriculum() throws -> Curriculum {
        var modules: [Module] = []
        for _ in 0..<(try count()) {
            let id = try string()
            let order = try int()
            let title = try string()
            let summary = try string()
            let quizID = try optionalString()
            var lessons: [Lesson] = []
            for _ in 0..<(try count()) {
                let lessonID = try string()
                let lessonTitle = try string()
                var blocks: [Block] = []
                for _ in 0..<(try count()) {
                    switch try int() {
                    case 0: blocks.append(.heading(try string()))
                    case 1: blocks.append(.paragraph(try string()))
                    case 2: blocks.append(.keyPoint(try string()))
                    case let tag where tag == 3 || tag == 4:
                        var items: [String] = []
                        for _ in 0..<(try count()) { items.append(try string()) }
                        blocks.append(.list(items, ordered: tag == 4))
                    default: throw Damaged()
                    }
                }
                var sources: [Source] = []
                for _ in 0..<(try count()) { sources.append(try source()) }
                lessons.append(Lesson(id: lessonID, title: lessonTitle, blocks: blocks, sources: sources))
            }
            modules.append(Module(id: id, order: order, title: title, summary: summary, quizID: quizID, lessons: lessons))
        }
        var quizzes: [Quiz] = []
        for _ in 0..<(try count()) {
            let id = try string()
            let moduleID = try string()
            let version = try int()
            let title = try string()
            let description = try optionalString()
            let passMark = try int()
            let draw = try optionalInt()
            let shuffles = try int() == 1
            let hours = try optionalInt().map { Hours(hundredths: $0) }
            let category = try optionalString()
            let spreads = try int() == 1
            var topics: [QuizTopic] = []
            for _ in 0..<(try count()) { topics.append(QuizTopic(id: try string(), title: try string())) }
            var questions: [Question] = []
            for _ in 0..<(try count()) {
                let questionID = try string()
                let prompt = try string()
                let kind: QuestionKind
                switch try int() {
                case let tag where tag == 0 || tag == 1:
                    var choices: [Choice] = []
                    for _ in 0..<(try count()) {
                        choices.append(Choice(text: try string(), isCorrect: try int() == 1, feedback: try optionalString()))
                    }
                    kind = tag == 0 ? .singleChoice(choices) : .multipleSelect(choices)
                case 2: kind = .trueFalse(false)
                case 3: kind = .trueFalse(true)
                case 4:
                    var accepted: [String] = []
                    for _ in 0..<(try count()) { accepted.append(try string()) }
                    kind = .shortAnswer(accepted)
                default: throw Damaged()
                }
                questions.append(Question(
                    id: questionID, prompt: prompt, kind: kind, explanation: try string(), source: try source(), rule: try optionalInt(),
                    value: try optionalInt(), topic: try optionalString()))
            }
            quizzes.append(Quiz(
                id: id, moduleID: moduleID, version: version, title: title, description: description, passMark: passMark,
                drawCount: draw, shufflesChoices: shuffles, ceHours: hours, ceCategory: category, declaredTopics: topics, spreadsOverTopics: spreads, questions: questions))
        }
        guard position == bytes.count else { throw Damaged() }
        return Curriculum(modules: modules, quizzes: quizzes)
    }
}
