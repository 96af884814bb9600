import PeerTrackCore

/// One CE record as the rules see it.
public struct CEEntry: Sendable, Equatable {
    public var date: Day
    public var hours: Hours
    public var category: String
    public var verified: Bool

    public init(date: Day, hours: Hours, category: String, verified: Bool) {
        self.date = date
        self.hours = hours
        self.category = category
        self.verified = verified
    }
}
