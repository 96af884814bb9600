import Operations
import Documents
import Foundation
import Tracker

extension CLI {
    /// The agency's check of a certificate someone hands it.
    static let certificateCheckCommands: [Command] = [
        Command(
            path: ["certificate", "check"], synopsis: "FILE.pdf",
            summary: "Check that a PDF is a certificate this store issued for a record that still stands.",
            details: """
                The certificate names its record. The check rebuilds the certificate from that record as it
                stands now and compares the two byte for byte, apart from the creation date: it passes (exit 0)
                only for a record of this store that is not voided and a file that nobody changed. A record
                changed since the certificate was printed (verified since, say) fails: print it again.
                """,
            run: { cli, arguments in
                try cli.certificateCheck(try arguments.positionals("FILE.pdf")[0])
            }),
    ]

    /// The largest file the check reads (a certificate is one page of a few kilobytes).
    private static let certificateCheckLimit = 4 * 1024 * 1024

    func certificateCheck(_ path: String) throws -> Int32 {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        guard let size else { throw DocumentContent.Refusal(description: "\(path): cannot read the file") }
        guard size <= Self.certificateCheckLimit, let data = FileManager.default.contents(atPath: path) else {
            throw DocumentContent.Refusal(description: "\(path) is not a PeerTrack certificate: it is larger than a certificate can be")
        }
        let bytes = [UInt8](data)
        guard let id = Certificate.recordID(in: bytes) else {
            throw DocumentContent.Refusal(description: "\(path) is not a PeerTrack certificate: it names no record")
        }
        let tracker = try openTracker()
        let content: CertificateContent
        do {
            content = try DocumentContent.certificate(id, tracker: tracker, curriculum: { try? self.loadCurriculum() })
        } catch TrackerError.unknownRecord {
            throw DocumentContent.Refusal(description: "\(path) names record \(id), which this store does not hold: it is not a certificate this store issued")
        } catch let refusal as DocumentContent.Refusal {
            throw DocumentContent.Refusal(description: "\(path) does not stand: \(refusal.description)")
        }
        guard Certificate.sameDocument(bytes, Certificate.pdf(content, created: now())) else {
            throw DocumentContent.Refusal(
                description: "\(path) names record \(id) (\(content.personName), \"\(content.courseTitle)\") but is not the certificate this store issues for it now: the file was changed, or the record was (a verification since it was printed, for instance); print it again with `peertrack certificate \(id)`")
        }
        console.write(
            "\(path) is a certificate \(content.issuer) issued from this store: record \(id), \(content.personName), \"\(content.courseTitle)\" on \(content.date), \(content.hours) hours. The record stands (not voided) and the file matches it byte for byte apart from its creation date.\n")
        return 0
    }
}
