import Foundation

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The store's folder: personal (0700, files 0600) or shared by an OS group (setgid 2770,
/// files 0660 in the folder's group whatever the umask).
enum StoreFolder {
    /// Makes the folder if it is missing (personal), and returns the mode for its files.
    static func prepare(_ directory: URL) throws -> mode_t {
        var info = stat()
        if stat(directory.path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw TrackerError.invalidValue(field: .store, value: directory.path, expected: "a folder")
            }
            return isShared(info) ? 0o660 : 0o600
        }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw TrackerError.io(path: directory.path, operation: "create the store folder", errno: EACCES)
        }
        chmod(directory.path, 0o700)
        return 0o600
    }

    /// Whether a folder is a shared store: setgid, and readable, writable and searchable
    /// by its group.
    static func isShared(_ info: stat) -> Bool {
        info.st_mode & S_ISGID != 0 && info.st_mode & 0o070 == 0o070
    }
}
