/// The file identifier in a PDF's trailer: a fingerprint of what the document shows
/// (its pages, title and author), so the same document always gets the same id and the
/// creation date does not change it.
enum DocumentID {
    /// 32 hexadecimal digits: two 64-bit FNV-1a hashes with different starting values.
    static func hex(pages: [PDFPage], info: PDFDocumentInfo) -> String {
        var bytes: [UInt8] = Array(info.title.utf8) + [0] + Array(info.author.utf8)
        for page in pages { bytes += [0] + Array(page.content.utf8) }
        return [0xcbf2_9ce4_8422_2325, 0x8422_2325_cbf2_9ce4].map { (basis: UInt64) -> String in
            let hash = bytes.reduce(basis) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
            let digits = String(hash, radix: 16, uppercase: true)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined()
    }
}
