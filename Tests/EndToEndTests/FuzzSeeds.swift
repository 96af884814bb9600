import Foundation

/// The inputs the fuzz test mutates, one sound file per reader, and the stores it runs in.
enum FuzzSeeds {
    static let ceSheet = "person,date,hours,title,category,provider\nana,2025-02-01,1.5,\"Ethics, again\",ethics,UNC\nana,2025-03-01,2,Recovery planning,general,\n"
    static let peopleSheet = "id,name,role,login\nzoe,Zoe Quinn,specialist,zoe\nyan,\"Yan, Li\",supervisor,yan\n"

    /// A sound input for the reader.
    static func input(for reader: FuzzTests.Reader, in folder: URL) throws -> [UInt8] {
        let repository = PeerTrackProcess.repository
        switch reader {
        case .transcriptValidate, .transcriptImport: return try transcript(in: folder)
        case .moodle: return [UInt8](try Data(contentsOf: repository.appendingPathComponent("Tests/QuestionBanksTests/Fixtures/forms.xml")))
        case .gift: return [UInt8](try Data(contentsOf: repository.appendingPathComponent("Tests/QuestionBanksTests/Fixtures/forms.gift")))
        case .ceSheet: return Array(ceSheet.utf8)
        case .peopleSheet: return Array(peopleSheet.utf8)
        case .curriculumCheck: return [UInt8](try Data(contentsOf: repository.appendingPathComponent("Quizzes/ethics-quiz.xml")))
        }
    }

    /// A small content folder (the ethics module and the program rules, no quiz), so that
    /// each case reads little besides its own file.
    static func content(in folder: URL) throws -> URL {
        let content = folder.appendingPathComponent("content")
        let files = FileManager.default
        try files.createDirectory(at: content.appendingPathComponent("Quizzes"), withIntermediateDirectories: true)
        try files.createDirectory(at: content.appendingPathComponent("Curriculum"), withIntermediateDirectories: true)
        let shipped = PeerTrackProcess.repository.appendingPathComponent("Curriculum")
        for name in ["programs", "03-ethics.xml"] {
            try files.copyItem(at: shipped.appendingPathComponent(name), to: content.appendingPathComponent("Curriculum/\(name)"))
        }
        return content
    }

    /// A store with an agency and two people, one certified, for the cases to run in.
    static func store(_ store: URL) throws -> URL {
        for arguments in [
            ["init", "--agency", "Fuzz Agency"], ["person", "add", "ana", "--name", "Ana Diaz", "--login", "ana"],
            ["person", "add", "sam", "--name", "Sam Lee", "--role", "supervisor", "--login", "sam"], ["certify", "ana", "--date", "2024-03-15", "--override", "certified before this store was kept"],
        ] {
            let result = try PeerTrackProcess.run(arguments, store: store, user: "admin")
            guard result.status == 0 else { throw Failed(step: arguments, errors: result.errors) }
        }
        return store
    }

    /// A transcript of one person with CE hours, a verification and training, exported from
    /// a store of its own.
    private static func transcript(in folder: URL) throws -> [UInt8] {
        let source = folder.appendingPathComponent("source")
        let exported = folder.appendingPathComponent("seed.xml")
        _ = try store(source)
        let ce = try PeerTrackProcess.run(
            ["ce", "add", "ana", "--date", "2025-02-01", "--hours", "3", "--title", "Ethics & boundaries", "--category", "ethics"], store: source,
            user: "admin")
        for arguments in [
            ["ce", "add", "ana", "--date", "2025-03-01", "--hours", "1.5", "--title", "Recovery <planning>", "--category", "general", "--provider", "UNC"],
            ["training", "add", "sam", "--course", "Supervising NC Certified Peer Support Specialists", "--date", "2025-01-10"],
            ["ce", "verify", ce.output.trimmingCharacters(in: .whitespacesAndNewlines), "--as", "sam"],
            ["export", "agency", "-o", exported.path],
        ] {
            let result = try PeerTrackProcess.run(arguments, store: source, user: "admin")
            guard result.status == 0 else { throw Failed(step: arguments, errors: result.errors) }
        }
        return [UInt8](try Data(contentsOf: exported))
    }

    /// Whether a message names the file with a line: `FILE:12` (the file as given, or as
    /// the content loader shows it, relative to the working folder).
    static func namesALine(_ said: String, file: String, output: String) -> Bool {
        // The bank imports check the quiz they made in the -o file or a temporary copy, and
        // name that ("(imported quiz fuzz-quiz):L:C"), until the bank readers name the bank's
        // own lines (issue 25, item 8, on another branch).
        let name = { (path: String) in String(path.split(separator: "/").last ?? "") }
        for name in [name(file), name(output), "(imported quiz fuzz-quiz)"] {
            var rest = Substring(said)
            while let found = rest.range(of: name + ":") {
                rest = rest[found.upperBound...]
                if rest.first?.isNumber == true { return true }
            }
        }
        return false
    }

    struct Failed: Error, CustomStringConvertible {
        var step: [String]
        var errors: String
        var description: String { "\(step) failed: \(errors)" }
    }
}
