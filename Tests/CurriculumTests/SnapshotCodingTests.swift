import Foundation
import PeerTrackCore
import Testing

@testable import Curriculum

/// The repository root (this file is three levels down).
private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

struct SnapshotCodingTests {
    @Test func theWholeShippedCurriculumComesBackEqual() throws {
        let curriculum = try ContentLoader(root: repository).load()
        var writer = BinaryWriter()
        writer.curriculum(curriculum)
        var reader = try BinaryReader(sealed: writer.sealed)
        #expect(try reader.curriculum() == curriculum)
        #expect(reader.isAtEnd)
    }
}
