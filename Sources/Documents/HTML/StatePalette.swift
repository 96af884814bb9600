/// How each certification state is drawn: a colour from the Okabe-Ito palette, which
/// stays distinct for the common kinds of colour blindness, and a fill pattern, so the
/// states also differ in grey print. Every chart and badge carries the state's name too.
enum StatePalette {
    /// The state's colour.
    static func color(_ state: DashboardContent.State) -> String {
        switch state {
        case .lapsed: "#D55E00"  // vermillion
        case .grace: "#E69F00"  // orange
        case .dueSoon: "#F0E442"  // yellow
        case .current: "#009E73"  // bluish green
        case .notCertified: "#BBBBBB"  // grey
        }
    }

    /// A short name for CSS classes and SVG ids.
    static func key(_ state: DashboardContent.State) -> String {
        switch state {
        case .lapsed: "lapsed"
        case .grace: "grace"
        case .dueSoon: "due-soon"
        case .current: "current"
        case .notCertified: "not-certified"
        }
    }

    /// The pattern, in words, for the chart's text alternative and the legend.
    static func patternName(_ state: DashboardContent.State) -> String {
        switch state {
        case .lapsed: "cross-hatched"
        case .grace: "diagonal stripes"
        case .dueSoon: "dotted"
        case .current: "solid"
        case .notCertified: "horizontal stripes"
        }
    }

    /// An SVG <pattern> with the id "fill-KEY": the colour with the state's marks over it.
    static func svgPattern(_ state: DashboardContent.State) -> String {
        let marks: String =
            switch state {
            case .lapsed: ##"<path d="M0,0 L8,8 M8,0 L0,8" stroke="#000" stroke-width="1.4" stroke-opacity="0.7"/>"##
            case .grace: ##"<path d="M-2,2 L2,-2 M0,8 L8,0 M6,10 L10,6" stroke="#000" stroke-width="1.4" stroke-opacity="0.6"/>"##
            case .dueSoon: ##"<circle cx="2" cy="2" r="1.3" fill="#000" fill-opacity="0.6"/><circle cx="6" cy="6" r="1.3" fill="#000" fill-opacity="0.6"/>"##
            case .current: ""
            case .notCertified: ##"<path d="M0,2 L8,2 M0,6 L8,6" stroke="#000" stroke-width="1" stroke-opacity="0.55"/>"##
            }
        return #"<pattern id="fill-\#(key(state))" width="8" height="8" patternUnits="userSpaceOnUse">"#
            + #"<rect width="8" height="8" fill="\#(color(state))"/>\#(marks)</pattern>"#
    }

    /// A CSS background with the same colour and marks, for swatches in HTML.
    static func cssBackground(_ state: DashboardContent.State) -> String {
        let color = color(state)
        let ink = "rgba(0,0,0,0.6)"
        switch state {
        case .lapsed:
            return "repeating-linear-gradient(45deg, \(ink) 0 1.5px, transparent 1.5px 5px),"
                + " repeating-linear-gradient(-45deg, \(ink) 0 1.5px, transparent 1.5px 5px), \(color)"
        case .grace:
            return "repeating-linear-gradient(-45deg, \(ink) 0 1.5px, transparent 1.5px 5px), \(color)"
        case .dueSoon:
            return "radial-gradient(\(ink) 1.2px, transparent 1.4px) 0 0 / 5px 5px, \(color)"
        case .current:
            return color
        case .notCertified:
            return "repeating-linear-gradient(0deg, \(ink) 0 1px, transparent 1px 4px), \(color)"
        }
    }
}
