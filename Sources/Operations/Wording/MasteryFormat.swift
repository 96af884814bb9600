import Foundation
import PeerTrackCore
import Runner

/// Mastery and review as `results`, `report mastery` and their JSON and CSV show them.
package enum MasteryFormat {
    /// A retrievability as a ten-step bar and a number, `#######--- 0.72`; `-` when unmet.
    package static func bar(_ retrievability: Double?) -> String {
        guard let retrievability else { return "never met" }
        let filled = Int((retrievability * 10).rounded())
        return String(repeating: "#", count: filled) + String(repeating: "-", count: 10 - filled) + " " + number(retrievability)
    }

    /// Two decimals.
    package static func number(_ value: Double) -> String {
        String(format: "%.2f", value)
    }

    /// A title cut to `width` characters.
    package static func short(_ title: String, _ width: Int = 34) -> String {
        title.count <= width ? title : String(title.prefix(width - 3)) + "..."
    }

    /// `results`' section: due count, next due day, mastery per topic met or not.
    package static func resultsText(_ deck: ReviewDeck, mastery: [TopicMastery], today: Day, asOption: String) -> String {
        let due = deck.due(on: today).count
        var text = "\nReview: \(due) question\(due == 1 ? "" : "s") due today"
        if due > 0 {
            text += " (`peertrack review\(asOption)`)"
        } else if let next = deck.nextDue(from: today) {
            text += "; next on \(next)"
        }
        text += ".\n"
        let rows = mastery.filter { $0.met > 0 }
        guard !rows.isEmpty else { return text + "Mastery: no questions met yet.\n" }
        let unmetTopics = mastery.count - rows.count
        text += "\nMastery now (mean recall of the questions met, FSRS):\n" + TextTable(
            headers: ["TOPIC", "MASTERY", "MET", "NEVER MET", "ABOUT"],
            rows: rows.map { [$0.topic, bar($0.retrievability), String($0.met), String($0.unmet), short($0.title)] }
        ).rendered
        if unmetTopics > 0 { text += "\(unmetTopics) more topic\(unmetTopics == 1 ? "" : "s") not met yet.\n" }
        return text
    }

    /// `"review": {"due": N, "next": "YYYY-MM-DD"}`.
    package static func reviewJSON(_ deck: ReviewDeck, today: Day) -> [String: Any] {
        // JSON writes a non-finite number as null: the next day when nothing is in review.
        ["due": deck.due(on: today).count, "next": deck.nextDue(from: today).map { $0.description as Any } ?? Double.nan]
    }

    /// `"mastery": [{"topic", "title", "retrievability", "met", "unmet"}]`.
    package static func masteryJSON(_ mastery: [TopicMastery]) -> [[String: Any]] {
        mastery.map { topic in
            [
                "topic": topic.topic, "title": topic.title, "retrievability": topic.retrievability.map(rounded) ?? Double.nan, "met": topic.met,
                "unmet": topic.unmet,
            ]
        }
    }

    /// A mean kept to four decimals for JSON and CSV.
    package static func rounded(_ value: Double) -> Double {
        (value * 10_000).rounded() / 10_000
    }
}
