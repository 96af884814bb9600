/// The two standard fonts PeerTrack's PDFs use; every PDF reader has them built in.
enum PDFFont: Sendable, CaseIterable {
    /// Helvetica.
    case regular
    /// Helvetica-Bold.
    case bold

    /// The PostScript name in the font dictionary's /BaseFont.
    var baseFont: String {
        switch self {
        case .regular: "Helvetica"
        case .bold: "Helvetica-Bold"
        }
    }

    /// The name page resources give the font (/F1, /F2).
    var resourceName: String {
        switch self {
        case .regular: "F1"
        case .bold: "F2"
        }
    }

    /// The advance width of one WinAnsi byte, in 1/1000 of the font size.
    func width(ofCode code: UInt8) -> Int {
        guard code >= HelveticaWidths.firstCode else { return 0 }
        let index = Int(code - HelveticaWidths.firstCode)
        switch self {
        case .regular: return Int(HelveticaWidths.regular[index])
        case .bold: return Int(HelveticaWidths.bold[index])
        }
    }

    /// How wide the text prints at the size, in points.
    func width(of text: String, size: Double) -> Double {
        let units = WinAnsi.encode(text).reduce(0) { $0 + width(ofCode: $1) }
        return Double(units) * size / 1000
    }
}
