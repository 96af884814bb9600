import Curriculum
import Foundation
import PeerTrackCore
import Tracker

#if canImport(Glibc)
import Glibc
#endif

/// Where one run of PeerTrack works and for whom: the content folder, the store, the
/// cache, the OS account and the clock. Every operation is a method of a workspace, with
/// typed inputs and a typed result or a domain error.
package struct Workspace {
    /// `--content`, if given.
    package var contentOption: String?
    /// `--store`, if given.
    package var storeOption: String?
    package var environment: [String: String]
    /// The OS account running the command: the kernel's (`getuid`), never the
    /// environment's; a test may name another.
    package var account: String
    /// Whether that account is root.
    package var isSuperuser: Bool
    package var now: @Sendable () -> Date
    /// Where warnings go, such as a torn journal line set aside when the store opened.
    package var warn: (String) -> Void

    package init(
        contentOption: String?, storeOption: String?, environment: [String: String], account: String, isSuperuser: Bool,
        now: @escaping @Sendable () -> Date, warn: @escaping (String) -> Void
    ) {
        self.contentOption = contentOption
        self.storeOption = storeOption
        self.environment = environment
        self.account = account
        self.isSuperuser = isSuperuser
        self.now = now
        self.warn = warn
    }

    /// The content folder: `--content` (`--content .` for the working directory),
    /// `$PEERTRACK_CONTENT`, the content installed beside this binary
    /// (`PREFIX/share/peertrack`), else the source tree it was built from.
    package var contentRoot: URL {
        if let path = contentOption ?? environment["PEERTRACK_CONTENT"] {
            return URL(fileURLWithPath: path, isDirectory: true)
        }
        return Workspace.installedContent ?? Workspace.builtInContent
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

    /// The repository this binary was built from (Sources/Operations/ is two levels down).
    static let builtInContent = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The store folder: `--store`, `$PEERTRACK_STORE`, the agency's shared store
    /// `/var/lib/peertrack` when it exists (an install for an agency makes it), else
    /// `$XDG_DATA_HOME/peertrack`, else `~/.local/share/peertrack`.
    package var storeDirectory: URL {
        if let path = storeOption ?? environment["PEERTRACK_STORE"] {
            return URL(fileURLWithPath: path, isDirectory: true)
        }
        if usesAgencyStore {
            return URL(fileURLWithPath: AgencyStore.path, isDirectory: true)
        }
        if let data = environment["XDG_DATA_HOME"], !data.isEmpty {
            return URL(fileURLWithPath: data, isDirectory: true).appendingPathComponent("peertrack", isDirectory: true)
        }
        return home.appendingPathComponent(".local/share/peertrack", isDirectory: true)
    }

    /// Whether the command goes to the agency's store: no `--store` or `$PEERTRACK_STORE`,
    /// and `/var/lib/peertrack` exists. Only then does an installed binary keep its group.
    package var usesAgencyStore: Bool {
        guard storeOption == nil, environment["PEERTRACK_STORE"] == nil else { return false }
        var info = stat()
        return lstat(AgencyStore.path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// Where derived, disposable data such as the curriculum snapshot lives:
    /// `$XDG_CACHE_HOME/peertrack`, else `~/.cache/peertrack`.
    package var cacheDirectory: URL {
        if let cache = environment["XDG_CACHE_HOME"], !cache.isEmpty {
            return URL(fileURLWithPath: cache, isDirectory: true).appendingPathComponent("peertrack", isDirectory: true)
        }
        return home.appendingPathComponent(".cache/peertrack", isDirectory: true)
    }

    private var home: URL {
        URL(fileURLWithPath: environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path, isDirectory: true)
    }

    /// Loads the curriculum, failing with every problem found. Unchanged content comes from
    /// the snapshot in the cache folder.
    package func loadCurriculum() throws -> Curriculum {
        try ContentLoader(root: contentRoot).load(cache: CurriculumCache(directory: cacheDirectory))
    }

    /// The certification programs under `Curriculum/programs/`: unchanged rule files from
    /// their snapshot in the cache folder, unless `fromFiles` (a check reads the files).
    package func loadPrograms(fromFiles: Bool = false) throws -> [String: Program] {
        let loader = ProgramLoader(directory: contentRoot.appendingPathComponent("Curriculum/programs", isDirectory: true))
        let programs = try fromFiles ? loader.load() : loader.load(cache: ProgramCache(directory: cacheDirectory))
        if programs.isEmpty {
            throw TrackerError.invalidValue(
                field: .content, value: contentRoot.path, expected: "a folder with certification rules in Curriculum/programs/")
        }
        return programs
    }

    /// Opens the store, passing on any warning (a torn line set aside).
    package func openTracker() throws -> Tracker {
        let context = TrackerContext(now: now, account: account, timeZone: localZone, isSuperuser: isSuperuser)
        let tracker = try Tracker(store: storeDirectory, programs: try loadPrograms(), context: context)
        for warning in tracker.warnings { warn(warning) }
        return tracker
    }

    /// The machine's zone, from `TZ` (a zone name, or a path into the zone database), else
    /// the zone `/etc/localtime` links to, else Foundation's guess. Named here from the
    /// environment the command was given, so that asking costs no copy of the process's.
    package var localZone: TimeZone {
        var name = environment["TZ"].map { $0.hasPrefix(":") ? String($0.dropFirst()) : $0 }
        if name == nil || name?.isEmpty == true {
            var buffer = [CChar](repeating: 0, count: 1024)
            let length = readlink("/etc/localtime", &buffer, buffer.count - 1)
            name = length > 0 ? String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self) : nil
        }
        if let path = name, let range = path.range(of: "zoneinfo/") { name = String(path[range.upperBound...]) }
        return name.flatMap { TimeZone(identifier: $0) } ?? .current
    }

    /// The day `on` names, else today in the store's zone.
    package func day(_ on: Day?, tracker: Tracker) -> Day {
        on ?? tracker.today
    }
}
