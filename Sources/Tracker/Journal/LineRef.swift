/// Where one journal line starts, and its line number (for error messages).
struct LineRef: Equatable, Sendable {
    var offset: Int
    var line: Int
}
