/// Lays content down a run of US Letter pages from the top margin to the footer,
/// starting a new page when the next piece does not fit, and numbers the pages at the end.
struct PageFlow {
    /// The left and right margins, and the top one.
    static let margin = 54.0
    /// Where the footer's baseline sits.
    static let footerBaseline = 34.0
    /// The lowest point content may reach, above the footer.
    static let bottom = 62.0

    /// The left edge of the text column.
    let left = PageFlow.margin
    /// The width of the text column.
    let width = PDFPage.width - 2 * PageFlow.margin
    /// The top of the text column.
    let top = PDFPage.height - PageFlow.margin

    /// The pages so far; the last one is being filled.
    private(set) var pages = [PDFPage()]
    /// The top of the free space on the current page.
    private(set) var y = PDFPage.height - PageFlow.margin

    /// The height still free on the current page.
    var remaining: Double { y - Self.bottom }
    /// Whether nothing has been put on the current page yet.
    var atTopOfPage: Bool { y == top }
    /// The height of an empty page's text column.
    var pageHeight: Double { top - Self.bottom }

    /// Starts a new page.
    mutating func newPage() {
        pages.append(PDFPage())
        y = top
    }

    /// Starts a new page unless the height fits on this one (or this one is still empty).
    mutating func keep(_ height: Double) {
        if height > remaining, !atTopOfPage { newPage() }
    }

    /// Moves the free space down.
    mutating func advance(_ height: Double) {
        y -= height
    }

    /// Draws on the current page.
    mutating func draw(_ body: (inout PDFPage) -> Void) {
        body(&pages[pages.count - 1])
    }

    /// The baseline of a line of text at the size, centred in a line box of the leading.
    static func baseline(top: Double, leading: Double, size: Double) -> Double {
        top - leading / 2 - size * 0.34
    }

    /// Wrapped text across the column; its lines carry on to the next page when needed.
    mutating func paragraph(
        _ text: String, font: PDFFont = .regular, size: Double = 10, color: PDFColor = .black,
        alignment: TextAlignment = .left, spaceAfter: Double = 6
    ) {
        let leading = size * 1.3
        for line in TextWrapper.lines(text, font: font, size: size, width: width) {
            keep(leading)
            let baseline = Self.baseline(top: y, leading: leading, size: size)
            let span = (x: left, width: width)
            draw { $0.text(line, in: span, y: baseline, alignment: alignment, font: font, size: size, color: color) }
            advance(leading)
        }
        advance(spaceAfter)
    }

    /// A section heading, kept on the same page as at least `keepWith` points of what follows.
    mutating func heading(_ text: String, size: Double = 12.5, keepWith: Double = 40) {
        if !atTopOfPage { advance(8) }
        keep(size * 1.6 + keepWith)
        paragraph(text, font: .bold, size: size, color: .navy, spaceAfter: 2)
        let (ruleX, ruleY, ruleWidth) = (left, y, width)
        draw { $0.line(from: (ruleX, ruleY), to: (ruleX + ruleWidth, ruleY), color: .navy, lineWidth: 0.75) }
        advance(6)
    }

    /// The finished pages, each with a footer: the text on the left, "Page N of M" on the right.
    func finished(footer: String) -> [PDFPage] {
        let count = pages.count
        return pages.enumerated().map { index, page in
            var page = page
            let ruleY = Self.footerBaseline + 12
            page.line(from: (left, ruleY), to: (left + width, ruleY), color: .rule, lineWidth: 0.5)
            let footer = TextWrapper.shortened(footer, font: .regular, size: 8, width: width - 70)
            page.text(footer, in: (left, width), y: Self.footerBaseline, alignment: .left, font: .regular, size: 8, color: .gray)
            page.text(
                "Page \(index + 1) of \(count)", in: (left, width), y: Self.footerBaseline, alignment: .right,
                font: .regular, size: 8, color: .gray)
            return page
        }
    }
}
