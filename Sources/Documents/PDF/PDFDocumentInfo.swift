import Foundation

/// The document information a PDF carries: what readers show as its title and author.
struct PDFDocumentInfo: Sendable {
    /// The document's title.
    var title: String
    /// Who the document is by or for: the agency, or the person.
    var author: String
    /// When the document was made; the only input that may differ between two identical documents.
    var created: Date
    /// What the document is, for a reader that checks it ("PeerTrack certificate of record ..."), if said.
    var subject: String? = nil

    /// The program that wrote the file.
    static let producer = "PeerTrack"
}
