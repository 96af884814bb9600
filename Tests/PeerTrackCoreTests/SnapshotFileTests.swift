import Foundation
import PeerTrackCore
import Testing

struct SnapshotFileTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("peertrack-snapshot-\(UUID().uuidString)/peertrack")

    /// A file of its own to take fingerprints of.
    private func source(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("peertrack-source-\(UUID().uuidString).xml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func aSnapshotIsReadBackOnlyForItsOwnFingerprint() throws {
        let snapshot = SnapshotFile(directory: folder, prefix: "programs-", format: "test 1")
        let file = try source("<a/>")
        let fingerprint = snapshot.fingerprint(of: [file])
        snapshot.save(fingerprint: fingerprint) { $0.string("rules") }
        var reader = try #require(snapshot.reader(for: fingerprint))
        #expect(try reader.string() == "rules")
        #expect(reader.isAtEnd)
        // Another format, or the file changed, is another fingerprint.
        #expect(SnapshotFile(directory: folder, prefix: "programs-", format: "test 2").reader(for: SnapshotFile.fingerprint(format: "test 2", of: [file])) == nil)
        try "<a></a>".write(to: file, atomically: true, encoding: .utf8)
        #expect(snapshot.fingerprint(of: [file]) != fingerprint)
        #expect(snapshot.reader(for: snapshot.fingerprint(of: [file])) == nil)
    }

    @Test func aMissingFileMeansNoSnapshot() throws {
        let snapshot = SnapshotFile(directory: folder, prefix: "programs-", format: "test 1")
        let gone = FileManager.default.temporaryDirectory.appendingPathComponent("peertrack-absent-\(UUID().uuidString).xml")
        #expect(snapshot.fingerprint(of: [try source("<a/>"), gone]) == "")
        snapshot.save(fingerprint: "") { $0.string("rules") }
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test func theSnapshotIsTheUsersAloneAndReplacesTheOldOnesOfItsKind() throws {
        let snapshot = SnapshotFile(directory: folder, prefix: "programs-", format: "test 1")
        let file = try source("<a/>")
        let old = snapshot.fingerprint(of: [file])
        snapshot.save(fingerprint: old) { $0.int(1) }
        let other = SnapshotFile(directory: folder, prefix: "curriculum-", format: "test 1")
        other.save(fingerprint: old) { $0.int(2) }
        try "<a></a>".write(to: file, atomically: true, encoding: .utf8)
        let new = snapshot.fingerprint(of: [file])
        snapshot.save(fingerprint: new) { $0.int(3) }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == [other.file(for: old).lastPathComponent, snapshot.file(for: new).lastPathComponent].sorted())
        let fileMode = try FileManager.default.attributesOfItem(atPath: snapshot.file(for: new).path)[.posixPermissions] as? Int
        let folderMode = try FileManager.default.attributesOfItem(atPath: folder.path)[.posixPermissions] as? Int
        #expect(fileMode == 0o600)
        #expect(folderMode == 0o700)
    }

    @Test func aFlippedByteIsNoSnapshot() throws {
        let snapshot = SnapshotFile(directory: folder, prefix: "programs-", format: "test 1")
        let fingerprint = snapshot.fingerprint(of: [try source("<a/>")])
        snapshot.save(fingerprint: fingerprint) { $0.string("rules") }
        let url = snapshot.file(for: fingerprint)
        var bytes = [UInt8](try Data(contentsOf: url))
        bytes[bytes.count / 2] ^= 0xFF
        try Data(bytes).write(to: url)
        #expect(snapshot.reader(for: fingerprint) == nil)
    }
}
