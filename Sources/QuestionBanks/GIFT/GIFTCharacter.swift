/// One character of a GIFT question, with whether a backslash escaped it (then it is
/// text, never syntax) and the line it is on.
struct GIFTCharacter {
    var character: Character
    var escaped: Bool
    var line: Int
}
