/// Where a line of text sits in the width it is given.
enum TextAlignment: Sendable {
    /// Flush with the left edge.
    case left
    /// Centred.
    case center
    /// Flush with the right edge (numbers in tables).
    case right
}
