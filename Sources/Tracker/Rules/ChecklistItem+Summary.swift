extension ChecklistItem {
    /// The item's figures in a few words: "12 of 20 hours", "1 of 2 received", "by 2026-02-28".
    public var figures: String {
        switch kind {
        case .course:
            if let counted = hoursCounted, let required = hoursRequired { return "\(counted) hours (at least \(required))" }
            return hoursRequired.map { "none on record (at least \($0) hours)" } ?? "none on record"
        case .hours:
            var text = "\(hoursCounted?.description ?? "0") of \(hoursRequired?.description ?? "0") hours"
            let short = categories.filter { !$0.isMet }.map { "\($0.id) \($0.counted) of at least \($0.minimum)" }
            let capped = categories.filter { $0.counted < $0.recorded }.map { "\($0.id) \($0.recorded) recorded, \($0.counted) count" }
            if !short.isEmpty { text += "; " + short.joined(separator: ", ") }
            if !capped.isEmpty { text += "; " + capped.joined(separator: ", ") }
            return text
        case .document:
            return "\(received ?? 0) of \(requiredCount ?? 0) received"
        case .attestation:
            return date.map { "attested \($0)" } ?? "not attested"
        case .deadline:
            return date.map { isMet ? "by \($0)" : "passed on \($0)" } ?? "no course on record"
        }
    }

    /// "references (Reference letters): 1 of 2 received".
    public var summary: String {
        "\(id) (\(name)): \(figures)"
    }
}
