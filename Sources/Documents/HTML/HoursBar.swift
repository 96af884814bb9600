import PeerTrackCore

/// One person's hours as a small inline SVG bar: a light bar for the hours counted, a
/// darker, thinner bar inside it for the verified ones, and a black mark at the hours
/// needed. The bars differ in shape as well as shade, and the title says the numbers.
enum HoursBar {
    private static let width = 160.0
    private static let height = 20.0

    /// The bar's SVG element for the person.
    static func svg(for person: DashboardContent.Person) -> String {
        let scale = max(person.needed.hundredths, person.counted.hundredths, person.verified.hundredths, 100)
        func x(_ hours: Hours) -> String {
            StateChart.number(width * Double(max(hours.hundredths, 0)) / Double(scale))
        }
        let summary = "\(person.name): \(person.counted) hours counted, \(person.verified) verified, \(person.needed) needed"
        let (w, h) = (StateChart.number(width + 2), StateChart.number(height))
        var svg = #"<svg class="hours-bar" role="img" aria-label="\#(HTMLText.escape(summary))""#
            + #" viewBox="0 0 \#(w) \#(h)" width="\#(w)" height="\#(h)">"#
        svg += "<title>\(HTMLText.escape(summary))</title>"
        svg += #"<rect x="0" y="5" width="\#(StateChart.number(width))" height="10" class="bar-track"/>"#
        svg += #"<rect x="0" y="4" width="\#(x(person.counted))" height="12" class="bar-counted"/>"#
        svg += #"<rect x="0" y="7" width="\#(x(person.verified))" height="6" class="bar-verified"/>"#
        if person.needed.hundredths > 0 {
            svg += #"<rect x="\#(x(person.needed))" y="0" width="2" height="\#(StateChart.number(height))" class="bar-needed"/>"#
        }
        return svg + "</svg>"
    }
}
