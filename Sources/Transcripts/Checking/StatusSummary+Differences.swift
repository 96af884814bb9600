extension StatusSummary {
    /// How a stated status differs from the expected one in its state, dates, required
    /// hours and category minimums (the hours themselves are checked against the records).
    static func differences(stated: StatusSummary, expected: StatusSummary) -> [String] {
        var differences: [String] = []
        func compare(_ name: String, _ stated: String?, _ expected: String?) {
            if stated != expected {
                differences.append("\(name) is \(expected ?? "absent") by the rules, the transcript says \(stated ?? "absent")")
            }
        }
        compare("state", stated.state.rawValue, expected.state.rawValue)
        compare("Award", stated.award?.description, expected.award?.description)
        compare("LastCertification", stated.lastCertification?.description, expected.lastCertification?.description)
        compare("Due", stated.due?.description, expected.due?.description)
        compare("GraceEnd", stated.graceEnd?.description, expected.graceEnd?.description)
        compare("CountsAfter", stated.countsAfter?.description, expected.countsAfter?.description)
        compare("required hours", stated.required.description, expected.required.description)
        compare(
            "the categories", stated.categories.map { "\($0.id) (min \($0.minimum))" }.joined(separator: ", "),
            expected.categories.map { "\($0.id) (min \($0.minimum))" }.joined(separator: ", "))
        return differences
    }
}
