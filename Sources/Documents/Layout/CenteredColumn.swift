/// A column of centred pieces (lines of text, short rules, a row of labelled boxes) that
/// is measured before it is drawn, so a page with one fixed layout, such as a certificate,
/// can shrink the whole column to fit instead of running off the page.
struct CenteredColumn {
    /// One piece of the column.
    enum Item {
        /// Text wrapped to the column and centred, then space below it.
        case text(String, font: PDFFont, size: Double, color: PDFColor, spaceAfter: Double)
        /// A centred horizontal rule.
        case rule(width: Double, color: PDFColor, lineWidth: Double, spaceAfter: Double)
        /// A row of boxes side by side, each a small label over a wrapped value.
        case fields([(label: String, value: String)], spaceAfter: Double)
    }

    var items: [Item] = []
    /// The width the column's text wraps to.
    var width: Double

    private static let labelSize = 8.0
    private static let valueSize = 11.5
    private static let boxPadding = 8.0

    /// Adds a piece at the bottom.
    mutating func add(_ item: Item) {
        items.append(item)
    }

    /// The column's height with every size multiplied by the scale.
    func height(scale: Double) -> Double {
        var total = 0.0
        for item in items {
            switch item {
            case let .text(text, font, size, _, spaceAfter):
                let lines = TextWrapper.lines(text, font: font, size: size * scale, width: width)
                total += Double(lines.count) * size * scale * 1.25 + spaceAfter * scale
            case let .rule(_, _, _, spaceAfter):
                total += spaceAfter * scale
            case let .fields(fields, spaceAfter):
                total += fieldsHeight(fields, scale: scale) + spaceAfter * scale
            }
        }
        return total
    }

    /// The largest scale (at most 1, at least `minimum`) at which the column fits the height.
    func scale(toFit available: Double, minimum: Double = 0.5) -> Double {
        var scale = 1.0
        while scale > minimum, height(scale: scale) > available { scale -= 0.05 }
        return max(scale, minimum)
    }

    /// Draws the column with its top at `top`, centred on the page's span.
    func draw(on page: inout PDFPage, span: (x: Double, width: Double), top: Double, scale: Double) {
        var y = top
        for item in items {
            switch item {
            case let .text(text, font, size, color, spaceAfter):
                let scaled = size * scale
                for line in TextWrapper.lines(text, font: font, size: scaled, width: width) {
                    let baseline = PageFlow.baseline(top: y, leading: scaled * 1.25, size: scaled)
                    page.text(line, in: span, y: baseline, alignment: .center, font: font, size: scaled, color: color)
                    y -= scaled * 1.25
                }
                y -= spaceAfter * scale
            case let .rule(ruleWidth, color, lineWidth, spaceAfter):
                let x = span.x + (span.width - ruleWidth) / 2
                page.line(from: (x, y), to: (x + ruleWidth, y), color: color, lineWidth: lineWidth)
                y -= spaceAfter * scale
            case let .fields(fields, spaceAfter):
                drawFields(fields, on: &page, span: span, top: y, scale: scale)
                y -= fieldsHeight(fields, scale: scale) + spaceAfter * scale
            }
        }
    }

    private func boxWidth(count: Int) -> Double {
        width / Double(max(count, 1))
    }

    private func valueLines(_ value: String, count: Int, scale: Double) -> [String] {
        TextWrapper.lines(
            value, font: .bold, size: Self.valueSize * scale, width: boxWidth(count: count) - 2 * Self.boxPadding)
    }

    private func fieldsHeight(_ fields: [(label: String, value: String)], scale: Double) -> Double {
        let lines = fields.map { valueLines($0.value, count: fields.count, scale: scale).count }.max() ?? 1
        return 2 * Self.boxPadding + (Self.labelSize * 1.4 + Double(lines) * Self.valueSize * 1.25) * scale
    }

    private func drawFields(
        _ fields: [(label: String, value: String)], on page: inout PDFPage, span: (x: Double, width: Double),
        top: Double, scale: Double
    ) {
        let height = fieldsHeight(fields, scale: scale)
        let boxWidth = boxWidth(count: fields.count)
        let left = span.x + (span.width - width) / 2
        page.fill(x: left, y: top - height, width: width, height: height, color: .stripeFill)
        page.stroke(x: left, y: top - height, width: width, height: height, color: .rule, lineWidth: 0.75)
        for (index, field) in fields.enumerated() {
            let x = left + Double(index) * boxWidth
            if index > 0 {
                page.line(from: (x, top - 6), to: (x, top - height + 6), color: .rule, lineWidth: 0.5)
            }
            let inner = (x: x + Self.boxPadding, width: boxWidth - 2 * Self.boxPadding)
            var y = top - Self.boxPadding
            let labelSize = Self.labelSize * scale
            page.text(
                field.label.uppercased(), in: inner, y: PageFlow.baseline(top: y, leading: labelSize * 1.4, size: labelSize),
                alignment: .center, font: .bold, size: labelSize, color: .gray)
            y -= labelSize * 1.4
            let valueSize = Self.valueSize * scale
            for line in valueLines(field.value, count: fields.count, scale: scale) {
                page.text(
                    line, in: inner, y: PageFlow.baseline(top: y, leading: valueSize * 1.25, size: valueSize),
                    alignment: .center, font: .bold, size: valueSize)
                y -= valueSize * 1.25
            }
        }
    }
}
