extension CurriculumChecker {
    /// A question that weighs its choices: every choice weighted with one of Moodle's
    /// grades, a choice at 100% for a single choice, positive weights that add up to 100%
    /// for a multiple select (as Moodle requires).
    func choiceWeightRules(_ kind: QuestionKind) -> [String] {
        let choices = kind.choices
        var problems: [String] = []
        let unweighted = choices.indices.filter { choices[$0].weight == nil }
        if !unweighted.isEmpty {
            problems.append(
                "choice \(unweighted.map { String($0 + 1) }.joined(separator: ", ")) has no weight; give every choice of a weighted question a weight, or none")
        }
        problems += invalidWeights(choices.map(\.effectiveWeight), what: "choice")
        switch kind {
        case .singleChoice:
            if !choices.contains(where: { $0.effectiveWeight == .full }) {
                problems.append("a weighted single-choice question needs a choice at 100%")
            }
        default:
            let positive = choices.map(\.effectiveWeight).filter { $0 > .zero }.reduce(0) { $0 + $1.units }
            if abs(positive - Weight.full.units) > 1_000 {
                problems.append(
                    "the positive weights of a multiple-select question add up to \(Weight(units: positive))%; they must add up to 100%")
            }
        }
        return problems
    }

    /// The answers of a short-answer or numerical question: Moodle's grades, one at 100%.
    func answerWeightRules(_ weights: [Weight], what: String) -> [String] {
        var problems = invalidWeights(weights, what: what)
        if !weights.contains(.full) {
            problems.append("no \(what) earns full credit; give one a weight of 100")
        }
        return problems
    }

    private func invalidWeights(_ weights: [Weight], what: String) -> [String] {
        weights.enumerated().filter { !$0.element.isMoodleGrade }.map { index, weight in
            "\(what) \(index + 1) has the weight \(weight)%, which is not one of Moodle's grades; use one of \(Weight.moodleGrades.filter { $0 >= .zero }.map(\.description).joined(separator: ", ")) or their negatives"
        }
    }
}
