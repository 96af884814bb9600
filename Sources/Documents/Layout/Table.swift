/// A table laid down a page flow: cells wrap inside their columns and are never cut off;
/// a row that does not fit moves to the next page (or, taller than a page, carries on
/// there); every page the table reaches starts with its caption and header row.
struct Table {
    /// A column: its header, its share of the table's width, and how its cells align.
    struct Column {
        var title: String
        var weight: Double
        var alignment: TextAlignment = .left
    }

    /// A row of cell texts, one per column; an emphasized row prints bold (totals).
    struct Row {
        var cells: [String]
        var emphasized = false
    }

    var columns: [Column]
    /// A heading above the table, repeated as "... (continued)" on later pages.
    var caption: String?
    var fontSize = 9.0
    var padding = 4.0

    private var leading: Double { fontSize * 1.3 }

    /// Draws the rows in the flow, starting where the flow is.
    func draw(_ rows: [Row], in flow: inout PageFlow) {
        let widths = columnWidths(total: flow.width)
        let headerLines = wrap(columns.map(\.title), font: .bold, widths: widths)
        let headerHeight = height(lines: headerLines.map(\.count).max() ?? 1)
        let captionHeight = caption == nil ? 0 : 12.5 * 1.6 + 22

        // The caption, header and the first line of the first row stay together.
        flow.keep(captionHeight + headerHeight + height(lines: 1))
        drawHeader(headerLines, widths: widths, height: headerHeight, continued: false, in: &flow)

        for (index, row) in rows.enumerated() {
            var pending = wrap(row.cells, font: row.emphasized ? .bold : .regular, widths: widths)
            var freshPage = false
            while true {
                let needed = pending.map(\.count).max() ?? 1
                let fitting = Int(((flow.remaining - 2 * padding) / leading).rounded(.down))
                let fitsOnNewPage = height(lines: needed) <= flow.pageHeight - captionHeight - headerHeight
                if needed <= fitting {
                    drawRow(pending, lines: needed, index: index, emphasized: row.emphasized, widths: widths, in: &flow)
                    break
                }
                if !freshPage, fitsOnNewPage || fitting < 1 {
                    flow.newPage()
                    drawHeader(headerLines, widths: widths, height: headerHeight, continued: true, in: &flow)
                    freshPage = true
                    continue
                }
                // Taller than a whole page: print what fits here and carry the rest over.
                let part = max(1, fitting)
                drawRow(pending, lines: part, index: index, emphasized: row.emphasized, widths: widths, in: &flow)
                pending = pending.map { Array($0.dropFirst(min(part, $0.count))) }
                flow.newPage()
                drawHeader(headerLines, widths: widths, height: headerHeight, continued: true, in: &flow)
                freshPage = true
            }
        }
        flow.advance(6)
    }

    private func columnWidths(total: Double) -> [Double] {
        let weights = columns.reduce(0) { $0 + $1.weight }
        return columns.map { total * $0.weight / max(weights, 1) }
    }

    private func wrap(_ cells: [String], font: PDFFont, widths: [Double]) -> [[String]] {
        widths.indices.map { column in
            let text = column < cells.count ? cells[column] : ""
            return TextWrapper.lines(text, font: font, size: fontSize, width: widths[column] - 2 * padding)
        }
    }

    private func height(lines: Int) -> Double {
        Double(max(lines, 1)) * leading + 2 * padding
    }

    private func drawHeader(_ lines: [[String]], widths: [Double], height: Double, continued: Bool, in flow: inout PageFlow) {
        if let caption {
            flow.heading(continued ? "\(caption) (continued)" : caption, keepWith: 0)
        }
        let (top, left, width) = (flow.y, flow.left, flow.width)
        flow.draw { $0.fill(x: left, y: top - height, width: width, height: height, color: .headerFill) }
        drawCells(lines, count: lines.map(\.count).max() ?? 1, top: top, font: .bold, color: .navy, widths: widths, in: &flow)
        flow.draw { $0.line(from: (left, top - height), to: (left + width, top - height), color: .navy, lineWidth: 0.75) }
        flow.advance(height)
    }

    private func drawRow(
        _ lines: [[String]], lines count: Int, index: Int, emphasized: Bool, widths: [Double], in flow: inout PageFlow
    ) {
        let rowHeight = height(lines: count)
        let (top, left, width) = (flow.y, flow.left, flow.width)
        if index % 2 == 1 {
            flow.draw { $0.fill(x: left, y: top - rowHeight, width: width, height: rowHeight, color: .stripeFill) }
        }
        drawCells(lines, count: count, top: top, font: emphasized ? .bold : .regular, color: .black, widths: widths, in: &flow)
        let ruleColor: PDFColor = emphasized ? .navy : .rule
        flow.draw { $0.line(from: (left, top - rowHeight), to: (left + width, top - rowHeight), color: ruleColor, lineWidth: 0.5) }
        flow.advance(rowHeight)
    }

    private func drawCells(
        _ lines: [[String]], count: Int, top: Double, font: PDFFont, color: PDFColor, widths: [Double], in flow: inout PageFlow
    ) {
        var x = flow.left
        for (column, cellLines) in lines.enumerated() {
            let span = (x: x + padding, width: widths[column] - 2 * padding)
            for (number, line) in cellLines.prefix(count).enumerated() {
                let lineTop = top - padding - Double(number) * leading
                let baseline = PageFlow.baseline(top: lineTop, leading: leading, size: fontSize)
                let alignment = columns[column].alignment
                flow.draw { $0.text(line, in: span, y: baseline, alignment: alignment, font: font, size: fontSize, color: color) }
            }
            x += widths[column]
        }
    }
}
