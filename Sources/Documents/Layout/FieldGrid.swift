/// Labelled values in two columns across a page flow ("Name  José Ramírez"), each value
/// wrapped in its column.
struct FieldGrid {
    var fields: [(label: String, value: String)]
    var labelWidth = 92.0
    var size = 10.0

    private var leading: Double { size * 1.45 }

    /// Draws the fields in the flow, two to a row.
    func draw(in flow: inout PageFlow) {
        let gap = 24.0
        let columnWidth = (flow.width - gap) / 2
        var index = 0
        while index < fields.count {
            let pair = Array(fields[index..<min(index + 2, fields.count)])
            let wrapped = pair.map {
                TextWrapper.lines($0.value, font: .regular, size: size, width: columnWidth - labelWidth)
            }
            let height = Double(wrapped.map(\.count).max() ?? 1) * leading
            flow.keep(height)
            let top = flow.y
            for (column, field) in pair.enumerated() {
                let x = flow.left + Double(column) * (columnWidth + gap)
                let labelBaseline = PageFlow.baseline(top: top, leading: leading, size: size)
                let (labelSize, valueSize) = (size - 1, size)
                let lines = wrapped[column]
                let labelWidth = labelWidth
                flow.draw { page in
                    page.text(field.label, x: x, y: labelBaseline, font: .bold, size: labelSize, color: .gray)
                    for (number, line) in lines.enumerated() {
                        page.text(line, x: x + labelWidth, y: labelBaseline - Double(number) * leading, font: .regular, size: valueSize)
                    }
                }
            }
            flow.advance(height)
            index += 2
        }
        flow.advance(4)
    }
}
