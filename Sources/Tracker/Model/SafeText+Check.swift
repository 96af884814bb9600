import PeerTrackCore

extension SafeText {
    /// Refuses text with an unsafe character (TAB, LF and CR included), naming the field
    /// and the character.
    static func check(_ text: String, field: TrackerError.Field) throws {
        if let bad = firstUnsafe(in: text) {
            throw TrackerError.invalidValue(field: field, value: excerpt(text), expected: expectation(for: bad))
        }
    }
}
