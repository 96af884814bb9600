/// The kinds of file a CE record's evidence may be: a PDF or an image, told by the first
/// bytes of the file (its "magic number"), never by its name.
public enum EvidenceKind: String, Sendable, CaseIterable {
    case pdf = "PDF"
    case png = "PNG"
    case jpeg = "JPEG"
    case gif = "GIF"
    case tiff = "TIFF"
    case webp = "WebP"
    case heic = "HEIC"

    /// The largest file accepted: 20 MB.
    public static let maximumSize = 20 * 1024 * 1024

    /// The kind of a file starting with these bytes, or nil when it is none of them.
    public init?(leadingBytes bytes: [UInt8]) {
        func starts(_ prefix: [UInt8], at offset: Int = 0) -> Bool {
            bytes.count >= offset + prefix.count && Array(bytes[offset..<offset + prefix.count]) == prefix
        }
        func ascii(_ text: String) -> [UInt8] { Array(text.utf8) }
        if starts(ascii("%PDF-")) {
            self = .pdf
        } else if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            self = .png
        } else if starts([0xFF, 0xD8, 0xFF]) {
            self = .jpeg
        } else if starts(ascii("GIF87a")) || starts(ascii("GIF89a")) {
            self = .gif
        } else if starts([0x49, 0x49, 0x2A, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2A]) {
            self = .tiff
        } else if starts(ascii("RIFF")), starts(ascii("WEBP"), at: 8) {
            self = .webp
        } else if starts(ascii("ftyp"), at: 4), ["heic", "heix", "mif1", "msf1"].contains(where: { starts(ascii($0), at: 8) }) {
            self = .heic
        } else {
            return nil
        }
    }

    /// The kinds as a reader would list them: "PDF, PNG, JPEG, GIF, TIFF, WebP or HEIC".
    public static var list: String {
        let names = allCases.map(\.rawValue)
        return names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
    }
}
