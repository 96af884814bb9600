import Foundation
import PeerXML

/// Loads the curriculum from a content folder holding `Curriculum/` (one module per XML
/// file) and `Quizzes/` (one quiz per XML file): every file is read safely, validated
/// against its schema, then the whole is cross-checked.
public struct ContentLoader: Sendable {
    /// The content folder.
    public var root: URL
    /// Limits for each file.
    public var reader: SafeXMLReader

    /// Makes a loader for a content folder.
    public init(root: URL, reader: SafeXMLReader = SafeXMLReader(maxBytes: 1 << 20, maxDepth: 16)) {
        self.root = root
        self.reader = reader
    }

    /// The module files, in name order.
    public func lessonFiles() throws -> [URL] {
        try files(in: "Curriculum")
    }

    /// The quiz files, in name order.
    public func quizFiles() throws -> [URL] {
        try files(in: "Quizzes")
    }

    private func files(in folder: String) throws -> [URL] {
        let directory = root.appendingPathComponent(folder, isDirectory: true)
        var info = stat()
        guard stat(directory.path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            if errno == EACCES { throw CurriculumError.unreadableDirectory(root.path, errno: EACCES) }
            throw CurriculumError.missingDirectory(root.path)
        }
        return try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "xml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// Loads the curriculum, or throws `CurriculumError.invalid` with every problem. With a
    /// cache, unchanged content is read from the snapshot of its last clean load.
    public func load(cache: CurriculumCache? = nil) throws -> Curriculum {
        let fingerprint = cache == nil ? "" : CurriculumCache.fingerprint(of: try lessonFiles() + quizFiles())
        if let cache, let cached = cache.load(fingerprint: fingerprint) {
            return cached
        }
        let (curriculum, diagnostics, _) = try loadAll(extra: [])
        guard diagnostics.isEmpty else { throw CurriculumError.invalid(diagnostics) }
        cache?.save(curriculum, fingerprint: fingerprint)
        return curriculum
    }

    /// Checks the whole content folder, or only `paths` (read as files of the kind their
    /// root element names, cross-checked against the rest of the folder), and returns every
    /// problem found; never stops at the first.
    public func check(paths: [URL] = []) throws -> [XMLDiagnostic] {
        try review(paths: paths).problems
    }

    /// Checks as `check(paths:)` does, and also returns the warnings: what a trainer should
    /// look at (a correct choice that its length gives away, wrong choices without feedback)
    /// but that does not stop the content from loading.
    public func review(paths: [URL] = []) throws -> (problems: [XMLDiagnostic], warnings: [XMLDiagnostic]) {
        let (_, diagnostics, warnings) = try loadAll(extra: paths)
        if paths.isEmpty { return (diagnostics, warnings) }
        let names = Set(paths.map { displayName($0) })
        return (diagnostics.filter { names.contains($0.file) }, warnings.filter { names.contains($0.file) })
    }

    private func loadAll(extra: [URL]) throws -> (Curriculum, [XMLDiagnostic], [XMLDiagnostic]) {
        let lessonSchema = try ContentKind.lesson.schema()
        let quizSchema = try ContentKind.quiz.schema()
        let extraPaths = Set(extra.map { $0.standardizedFileURL.path })
        var lessonURLs = try lessonFiles().filter { !extraPaths.contains($0.standardizedFileURL.path) }
        var quizURLs = try quizFiles().filter { !extraPaths.contains($0.standardizedFileURL.path) }
        var diagnostics: [XMLDiagnostic] = []
        for url in extra {
            switch sniff(url) {
            case .success(.lesson): lessonURLs.append(url)
            case .success(.quiz): quizURLs.append(url)
            case .failure(let error): diagnostics += error.diagnostics
            }
        }
        let modules = read(lessonURLs, schema: lessonSchema, diagnostics: &diagnostics, ContentParser.module)
        let quizzes = read(quizURLs, schema: quizSchema, diagnostics: &diagnostics, ContentParser.quiz)
        let checker = CurriculumChecker(modules: modules, quizzes: quizzes)
        diagnostics += checker.diagnostics()
        return (Curriculum(modules: modules.map(\.module), quizzes: quizzes.map(\.quiz)), diagnostics, checker.warnings())
    }

    /// Reads and validates each file, parsing the clean ones and collecting every problem.
    private func read<Parsed>(
        _ urls: [URL], schema: XMLSchema, diagnostics: inout [XMLDiagnostic], _ parse: (XMLElement, String) -> Parsed
    ) -> [Parsed] {
        urls.compactMap { url in
            let name = displayName(url)
            do {
                return parse(try reader.read(contentsOf: url, schema: schema, displayName: name), name)
            } catch let error as XMLDocumentError {
                diagnostics += error.diagnostics
            } catch {
                diagnostics.append(XMLDiagnostic(file: name, line: 0, column: 0, message: "\(error)"))
            }
            return nil
        }
    }

    /// Which kind a file is, by its root element.
    private func sniff(_ url: URL) -> Result<ContentKind, XMLDocumentError> {
        let name = displayName(url)
        do {
            let root = try reader.read(contentsOf: url, displayName: name)
            if let kind = ContentKind.allCases.first(where: { $0.rootElement == root.name }) {
                return .success(kind)
            }
            return .failure(XMLDocumentError([XMLDiagnostic(
                file: name, line: root.line, column: root.column,
                message: "the root element is <\(root.name)>; expected <module> (a lesson file) or <quiz> (a quiz file)")]))
        } catch let error as XMLDocumentError {
            return .failure(error)
        } catch {
            return .failure(XMLDocumentError([XMLDiagnostic(file: name, line: 0, column: 0, message: "\(error)")]))
        }
    }

    /// How problems name a file: a path relative to the working directory when the file
    /// is below it, else absolute.
    public func displayName(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        if path.hasPrefix(current + "/") {
            return String(path.dropFirst(current.count + 1))
        }
        return path
    }
}
