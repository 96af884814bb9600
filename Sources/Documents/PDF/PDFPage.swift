/// One US Letter page being drawn: text, rules and filled boxes, kept as the page's
/// uncompressed content stream. Coordinates are points from the bottom left.
struct PDFPage: Sendable {
    /// US Letter width, 8.5 in.
    static let width = 612.0
    /// US Letter height, 11 in.
    static let height = 792.0

    /// The content stream's operators so far.
    private(set) var content = ""

    /// Draws text with its baseline starting at (x, y).
    mutating func text(_ text: String, x: Double, y: Double, font: PDFFont, size: Double, color: PDFColor = .black) {
        let n = PDFSyntax.number
        content += "BT \(color.operands) rg /\(font.resourceName) \(n(size)) Tf \(n(x)) \(n(y)) Td "
        content += PDFSyntax.literal(WinAnsi.encode(text)) + " Tj ET\n"
    }

    /// Draws text on the baseline y, placed in the span from x to x + width by its alignment.
    mutating func text(
        _ text: String, in span: (x: Double, width: Double), y: Double, alignment: TextAlignment,
        font: PDFFont, size: Double, color: PDFColor = .black
    ) {
        let textWidth = font.width(of: text, size: size)
        let x: Double =
            switch alignment {
            case .left: span.x
            case .center: span.x + (span.width - textWidth) / 2
            case .right: span.x + span.width - textWidth
            }
        self.text(text, x: x, y: y, font: font, size: size, color: color)
    }

    /// Fills a rectangle whose bottom left corner is (x, y).
    mutating func fill(x: Double, y: Double, width: Double, height: Double, color: PDFColor) {
        let n = PDFSyntax.number
        content += "\(color.operands) rg \(n(x)) \(n(y)) \(n(width)) \(n(height)) re f\n"
    }

    /// Strokes a rectangle's outline.
    mutating func stroke(x: Double, y: Double, width: Double, height: Double, color: PDFColor, lineWidth: Double) {
        let n = PDFSyntax.number
        content += "\(color.operands) RG \(n(lineWidth)) w \(n(x)) \(n(y)) \(n(width)) \(n(height)) re S\n"
    }

    /// Draws a straight line.
    mutating func line(from start: (x: Double, y: Double), to end: (x: Double, y: Double), color: PDFColor, lineWidth: Double) {
        let n = PDFSyntax.number
        content += "\(color.operands) RG \(n(lineWidth)) w \(n(start.x)) \(n(start.y)) m \(n(end.x)) \(n(end.y)) l S\n"
    }
}
