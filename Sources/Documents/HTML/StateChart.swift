/// The dashboard's bar chart of how many people are in each state, as inline SVG with a
/// title, a description that says every number, and the count printed beside each bar.
enum StateChart {
    private static let labelWidth = 110.0
    private static let barSpace = 330.0
    private static let rowHeight = 34.0
    private static let barHeight = 22.0

    /// The chart's SVG element.
    static func svg(counts: [DashboardContent.State: Int], onDate: String) -> String {
        let states = DashboardContent.State.byUrgency
        let largest = max(states.map { counts[$0] ?? 0 }.max() ?? 0, 1)
        let width = labelWidth + barSpace + 50
        let height = rowHeight * Double(states.count) + 8
        let description = states.map { state in
            "\(state.label): \(counts[state] ?? 0) (\(StatePalette.patternName(state)) bar)"
        }.joined(separator: ". ")
        var svg = #"<svg class="chart" role="img" aria-labelledby="chart-title chart-desc""#
            + #" viewBox="0 0 \#(number(width)) \#(number(height))" width="\#(number(width))" height="\#(number(height))">"#
        svg += #"<title id="chart-title">People by certification state on \#(HTMLText.escape(onDate))</title>"#
        svg += #"<desc id="chart-desc">\#(HTMLText.escape(description)).</desc>"#
        svg += "<defs>" + states.map(StatePalette.svgPattern).joined() + "</defs>"
        for (row, state) in states.enumerated() {
            let count = counts[state] ?? 0
            let top = 4 + Double(row) * rowHeight
            let barWidth = count == 0 ? 0 : max(3, barSpace * Double(count) / Double(largest))
            let middle = top + barHeight / 2 + 5
            svg += "<g><title>\(HTMLText.escape(state.label)): \(count)</title>"
            svg += #"<text x="\#(number(labelWidth - 10))" y="\#(number(middle))" text-anchor="end" class="chart-label">"#
                + "\(HTMLText.escape(state.label))</text>"
            svg += #"<rect x="\#(number(labelWidth))" y="\#(number(top))" width="\#(number(barSpace))" height="\#(number(barHeight))" class="chart-track"/>"#
            if count > 0 {
                svg += #"<rect x="\#(number(labelWidth))" y="\#(number(top))" width="\#(number(barWidth))" height="\#(number(barHeight))""#
                    + ##" fill="url(#fill-\##(StatePalette.key(state)))" stroke="#222" stroke-width="1"/>"##
            }
            svg += #"<text x="\#(number(labelWidth + barWidth + 8))" y="\#(number(middle))" class="chart-count">\#(count)</text>"#
            svg += "</g>"
        }
        return svg + "</svg>"
    }

    /// A coordinate with at most one decimal.
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(Double(tenths) / 10)"
    }
}
