import Foundation
import PeerTrackCore

/// A file someone wants to attach as evidence, read and checked: a regular file of at most
/// 20 MB that is a PDF or an image, whose name passes the safe-text rule. Its size is
/// checked before a byte of it is read; it is read before the store is opened, so a
/// FIFO or a slow disk never keeps the store locked.
public struct EvidenceCandidate: Sendable {
    /// The file's name without its folder, as the record keeps it.
    let name: String
    let bytes: [UInt8]
    let kind: EvidenceKind
    /// The bytes' SHA-256 in hex.
    let sha256: String

    /// Reads and checks a file; the errors name it.
    public init(reading url: URL) throws {
        let path = url.path
        let name = url.lastPathComponent
        if let bad = SafeText.firstUnsafe(in: name) {
            throw TrackerError.invalidValue(field: .fileName, value: SafeText.excerpt(name), expected: SafeText.expectation(for: bad))
        }
        let bytes: [UInt8]
        do {
            bytes = try UserFile.contents(of: path, limit: EvidenceKind.maximumSize)
        } catch {
            switch error.problem {
            case .notRegular(let kind): throw TrackerError.evidenceRefused(file: SafeText.visible(path), problem: .notAFile(kind))
            case .tooLarge(let size, let limit): throw TrackerError.evidenceRefused(file: SafeText.visible(path), problem: .tooLarge(size: size, limit: limit))
            case .cannotOpen(let code): throw TrackerError.io(path: SafeText.visible(path), operation: "open the evidence file", errno: code)
            case .cannotRead(let code): throw TrackerError.io(path: SafeText.visible(path), operation: "read the evidence file", errno: code)
            }
        }
        guard let kind = EvidenceKind(leadingBytes: Array(bytes.prefix(16))) else {
            throw TrackerError.evidenceRefused(file: SafeText.visible(path), problem: bytes.isEmpty ? .empty : .notPDFOrImage)
        }
        self.name = name
        self.bytes = bytes
        self.kind = kind
        self.sha256 = SHA256.hex(bytes)
    }
}
