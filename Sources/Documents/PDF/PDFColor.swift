/// A device RGB colour for text, rules and fills.
struct PDFColor: Sendable, Equatable {
    /// Red, 0-1.
    var red: Double
    /// Green, 0-1.
    var green: Double
    /// Blue, 0-1.
    var blue: Double

    /// Body text.
    static let black = PDFColor(red: 0, green: 0, blue: 0)
    /// Secondary text: labels, captions, footers.
    static let gray = PDFColor(red: 0.36, green: 0.38, blue: 0.42)
    /// Thin rules between rows.
    static let rule = PDFColor(red: 0.75, green: 0.77, blue: 0.80)
    /// Headings and borders.
    static let navy = PDFColor(red: 0.10, green: 0.22, blue: 0.40)
    /// The certificate's accent.
    static let gold = PDFColor(red: 0.70, green: 0.53, blue: 0.12)
    /// Table header background.
    static let headerFill = PDFColor(red: 0.86, green: 0.89, blue: 0.94)
    /// Every other table row's background.
    static let stripeFill = PDFColor(red: 0.96, green: 0.97, blue: 0.98)

    /// The three components as PDF numbers, "r g b".
    var operands: String {
        [red, green, blue].map(PDFSyntax.number).joined(separator: " ")
    }
}
