import PeerTrackCore

/// Hours in one category against its minimum.
public struct CategoryStanding: Sendable, Equatable {
    public var id: String
    public var name: String
    public var minimum: Hours
    public var counted: Hours
    public var verified: Hours
    /// Makes a standing.
    public init(id: String, name: String, minimum: Hours, counted: Hours, verified: Hours) {
        self.id = id
        self.name = name
        self.minimum = minimum
        self.counted = counted
        self.verified = verified
    }

    /// Hours still needed to reach the minimum.
    public var shortfall: Hours { max(.zero, minimum - counted) }
}
