#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Where `-o FILE` may write: PeerTrack writes a temporary file beside FILE and renames it
/// over FILE, so FILE must not be a store's file (the journal, its index, staging, markers,
/// evidence: anything in the store folder, whatever path leads there) and must not be
/// anything but a regular file if it exists (a device, a FIFO, a socket or a folder would
/// be replaced by the rename). The one home of that rule: every `-o` is checked here before
/// any work is done, and again just before the rename.
public enum OutputTarget {
    /// Why a target is refused.
    public struct Refusal: Error, Equatable, CustomStringConvertible {
        /// The target as the user gave it.
        public var path: String
        /// What is wrong with it.
        public var reason: String

        public var description: String {
            "\(SafeText.visible(path)): \(reason); -o writes only a new or regular file outside the store; nothing was written"
        }
    }

    /// Refuses a target in the store folder `store` (when given) or that exists and is not a
    /// regular file.
    public static func check(_ path: String, store: String?) throws(Refusal) {
        var info = stat()
        if stat(path, &info) == 0 {
            let type = info.st_mode & S_IFMT
            if type != S_IFREG {
                let kind = UserFileError.Kind(type)
                throw Refusal(path: path, reason: kind == .other ? "it is not a regular file" : "it is \(kind.rawValue)")
            }
        }
        guard let store, let storeFolder = realPath(store) else { return }
        let target = resolved(path)
        if target == storeFolder || target.hasPrefix(storeFolder == "/" ? "/" : storeFolder + "/") {
            throw Refusal(path: path, reason: "it is in the store (\(SafeText.visible(storeFolder))), whose files only PeerTrack's own commands write")
        }
    }

    /// Where the path leads: its folder's real path and its name, or the real path of
    /// what it names when that exists (a symbolic link followed to its end).
    static func resolved(_ path: String) -> String {
        if let real = realPath(path) { return real }
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { path[..<$0].isEmpty ? "/" : String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard let realFolder = realPath(folder) else { return path }
        return realFolder == "/" ? "/" + name : realFolder + "/" + name
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
