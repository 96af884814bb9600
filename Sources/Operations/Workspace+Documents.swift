import Curriculum
import Documents
import Foundation
import PeerTrackCore
import Tracker

/// A document made: its content (what the page says) and its bytes.
package struct MadeDocument<Content> {
    package var content: Content
    package var bytes: [UInt8]
}

extension Workspace {
    /// The certificate (PDF) of a CE or training record.
    package func certificate(_ record: String) throws -> MadeDocument<CertificateContent> {
        let content = try DocumentContent.certificate(record, tracker: try openTracker(), curriculum: { try? loadCurriculum() })
        return MadeDocument(content: content, bytes: Certificate.pdf(content, created: now()))
    }

    /// The packet (PDF) of a person's step on `on` (default today).
    package func packet(_ person: String, on: Day?) throws -> MadeDocument<PacketContent> {
        let tracker = try openTracker()
        let content = try DocumentContent.packet(person, on: day(on, tracker: tracker), tracker: tracker)
        return MadeDocument(content: content, bytes: RenewalPacket.pdf(content, created: now()))
    }

    /// The agency dashboard (HTML) on `on` (default today).
    package func dashboard(on: Day?) throws -> MadeDocument<DashboardContent> {
        let tracker = try openTracker()
        let content = try DocumentContent.dashboard(on: day(on, tracker: tracker), tracker: tracker, curriculum: try? loadCurriculum())
        return MadeDocument(content: content, bytes: Array(Dashboard.html(content).utf8))
    }

    /// The largest file `certificate check` reads (a certificate is one page of a few kilobytes).
    static let certificateCheckLimit = 4 * 1024 * 1024

    /// Checks that the PDF at `path` is the certificate this store issues, now, for the
    /// record it names: the content of a certificate that stands.
    package func checkCertificate(_ path: String) throws -> CertificateContent {
        let bytes: [UInt8]
        do {
            bytes = try UserFile.contents(of: path, limit: Workspace.certificateCheckLimit)
        } catch {
            guard case .tooLarge = error.problem else { throw OperationError.missingFile(path: path, reason: error.reason) }
            throw OperationError.notACertificate(path: path, reason: "it is larger than a certificate can be")
        }
        guard let id = Certificate.recordID(in: bytes) else {
            throw OperationError.notACertificate(path: path, reason: "it names no record")
        }
        let made: MadeDocument<CertificateContent>
        do {
            made = try certificate(id)
        } catch TrackerError.unknownRecord {
            throw OperationError.certificateOfUnknownRecord(path: path, id: id)
        } catch let refusal as OperationError {
            throw OperationError.certificateDoesNotStand(path: path, reason: refusal.description)
        }
        guard Certificate.sameDocument(bytes, made.bytes) else {
            throw OperationError.certificateChanged(path: path, id: id, person: made.content.personName, course: made.content.courseTitle)
        }
        return made.content
    }
}
