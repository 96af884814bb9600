import PeerTrackCore

/// How days and hours read in documents.
enum Wording {
    private static let months = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// "March 5, 2026".
    static func longDate(_ day: Day) -> String {
        "\(months[day.month - 1]) \(day.day), \(day.year)"
    }

    /// "1 hour", "1.5 hours".
    static func hours(_ hours: Hours) -> String {
        hours == Hours(1) ? "1 hour" : "\(hours) hours"
    }

    /// A day in ISO form, or a dash when there is none.
    static func day(_ day: Day?) -> String {
        day?.description ?? "\u{2014}"
    }

    /// "$50".
    static func dollars(_ amount: Int) -> String {
        "$\(amount)"
    }
}
