extension Day {
    /// Parses a US date, `M/D/YYYY` (month and day of one or two digits, a four-digit
    /// year), as spreadsheets in the US write them; nil for any other form or a date that
    /// does not exist. `3/4/2025` is 4 March: the order is never guessed.
    public init?(usDate text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let month = Int(parts[0]), let day = Int(parts[1]), let year = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }
}
