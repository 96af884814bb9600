import Curriculum
import Foundation
import Tracker

extension CLI {
    /// The content folder: `--content` (`--content .` for the working directory),
    /// `$PEERTRACK_CONTENT`, the content installed beside this binary
    /// (`PREFIX/share/peertrack`), else the source tree it was built from.
    var contentRoot: URL {
        if let path = contentOption ?? environment["PEERTRACK_CONTENT"] {
            return URL(fileURLWithPath: path, isDirectory: true)
        }
        return CLI.installedContent ?? CLI.builtInContent
    }

    /// `share/peertrack` of the prefix this binary is installed in: the binary is
    /// `PREFIX/libexec/peertrack/peertrack` (or `PREFIX/bin/peertrack`).
    static let installedContent: URL? = {
        let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() ?? URL(fileURLWithPath: CommandLine.arguments[0])
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<2 {
            folder = folder.deletingLastPathComponent()
            let share = folder.appendingPathComponent("share/peertrack", isDirectory: true)
            if FileManager.default.fileExists(atPath: share.appendingPathComponent("Curriculum/programs").path) { return share }
        }
        return nil
    }()

    /// The well-known place of an agency's shared store.
    static let agencyStore = AgencyStore.path

    /// The repository this binary was built from (Sources/PeerTrackCLI/ is two levels down).
    static let builtInContent = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The store folder: `--store`, `$PEERTRACK_STORE`, the agency's shared store
    /// `/var/lib/peertrack` when it exists (an install for an agency makes it), else
    /// `$XDG_DATA_HOME/peertrack`, else `~/.local/share/peertrack`.
    var storeDirectory: URL {
        if let path = storeOption ?? environment["PEERTRACK_STORE"] {
            return URL(fileURLWithPath: path, isDirectory: true)
        }
        if usesAgencyStore {
            return URL(fileURLWithPath: CLI.agencyStore, isDirectory: true)
        }
        if let data = environment["XDG_DATA_HOME"], !data.isEmpty {
            return URL(fileURLWithPath: data, isDirectory: true).appendingPathComponent("peertrack", isDirectory: true)
        }
        let home = environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path
        return URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".local/share/peertrack", isDirectory: true)
    }

    /// Whether the command goes to the agency's store: no `--store` or `$PEERTRACK_STORE`,
    /// and `/var/lib/peertrack` exists. Only then does an installed binary keep its group.
    var usesAgencyStore: Bool {
        guard storeOption == nil, environment["PEERTRACK_STORE"] == nil else { return false }
        var info = stat()
        return lstat(CLI.agencyStore, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// Loads the curriculum, failing with every problem found. Unchanged content comes from
    /// the cache in `$XDG_CACHE_HOME/peertrack` (else `~/.cache/peertrack`).
    func loadCurriculum() throws -> Curriculum {
        try ContentLoader(root: contentRoot).load(cache: CurriculumCache(directory: cacheDirectory))
    }

    /// Where derived, disposable data such as the curriculum snapshot lives.
    var cacheDirectory: URL {
        if let cache = environment["XDG_CACHE_HOME"], !cache.isEmpty {
            return URL(fileURLWithPath: cache, isDirectory: true).appendingPathComponent("peertrack", isDirectory: true)
        }
        let home = environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path
        return URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".cache/peertrack", isDirectory: true)
    }

    /// The certification programs under `Curriculum/programs/` (unchanged rule files from their snapshot in the cache).
    func loadPrograms() throws -> [String: Program] {
        let programs = try ProgramLoader(directory: contentRoot.appendingPathComponent("Curriculum/programs", isDirectory: true)).load(cache: ProgramCache(directory: cacheDirectory))
        if programs.isEmpty {
            throw TrackerError.invalidValue(
                field: .content, value: contentRoot.path, expected: "a folder with certification rules in Curriculum/programs/")
        }
        return programs
    }

    /// Opens the store, reporting any torn line that was set aside.
    func openTracker() throws -> Tracker {
        let tracker = try Tracker(store: storeDirectory, programs: try loadPrograms(), context: TrackerContext(now: now, account: account, isSuperuser: isSuperuser))
        for warning in tracker.warnings {
            console.writeError("peertrack: warning: \(warning)\n")
        }
        return tracker
    }

    /// Writes a JSON value (dictionaries, arrays, strings, numbers, booleans) with sorted keys.
    func writeJSON(_ value: Any) throws {
        console.write(JSONText.encode(value) + "\n")
    }

    /// Writes a JSON array an element at a time (for lists as long as a statewide roster).
    func writeJSON<Element>(_ elements: [Element], _ value: (Element) -> Any) {
        var stream = JSONText.ArrayStream { [console] in console.write($0) }
        for element in elements { stream.append(value(element)) }
        stream.finish()
        console.write("\n")
    }
}
