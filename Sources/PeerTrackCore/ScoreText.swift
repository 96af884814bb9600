/// How a quiz score reads, wherever people see it (the quiz's result screen, `results`, a
/// certificate): "17 of 20 (85%)", or "17.5 of 20 (88%)" with partial credit.
public enum ScoreText {
    /// A number of questions right: whole, or with up to two decimals and no trailing zero.
    public static func correct(_ value: Double) -> String {
        let hundredths = (value * 100).rounded()
        if hundredths.truncatingRemainder(dividingBy: 100) == 0 { return String(Int(hundredths / 100)) }
        let whole = Int(hundredths / 100)
        let rest = Int(hundredths.truncatingRemainder(dividingBy: 100).magnitude)
        var fraction = rest < 10 ? "0\(rest)" : String(rest)
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return "\(hundredths < 0 && whole == 0 ? "-" : "")\(whole).\(fraction)"
    }

    /// "17.5 of 20 (88%)".
    public static func score(correct: Double, asked: Int, percent: Int) -> String {
        "\(self.correct(correct)) of \(asked) (\(percent)%)"
    }
}
