import Operations
import Curriculum
import PeerTrackCore
import Runner
import Tracker

extension CLI {
    /// `report mastery`: the weakest topics across the specialists the acting person may see.
    func masteryReport(json: Bool, csv: Bool) throws -> Int32 {
        let tracker = try openTracker()
        let report = try MasteryReport(tracker: tracker, curriculum: try loadCurriculum(), on: tracker.today)
        if csv {
            var writer = CSVWriter()
            writer.appendRow(["topic", "title", "specialists met", "mean retrievability", "questions met", "questions never met"])
            for topic in report.topics {
                writer.appendRow([
                    topic.topic, topic.title, String(topic.people), topic.retrievability.map { String(MasteryFormat.rounded($0)) } ?? "",
                    String(topic.met), String(topic.unmet),
                ])
            }
            return writeCSV(writer.text)
        }
        if json {
            try writeJSON([
                "on": report.day.description, "specialists": report.specialists, "due": report.due,
                "topics": report.topics.map { topic -> [String: Any] in
                    [
                        "topic": topic.topic, "title": topic.title, "specialists": topic.people,
                        "retrievability": topic.retrievability.map(MasteryFormat.rounded) ?? Double.nan, "met": topic.met, "unmet": topic.unmet,
                    ]
                },
            ] as [String: Any])
            return 0
        }
        var text = "Mastery on \(report.day) across \(report.specialists) specialist\(report.specialists == 1 ? "" : "s"), weakest first; "
            + "\(report.due) question\(report.due == 1 ? "" : "s") due for review today.\n"
        let met = report.topics.filter { $0.people > 0 }
        if met.isEmpty {
            text += "No specialist has met a question yet.\n"
        } else {
            text += TextTable(
                headers: ["TOPIC", "MASTERY", "PEOPLE", "MET", "NEVER MET", "ABOUT"],
                rows: met.map {
                    [$0.topic, MasteryFormat.bar($0.retrievability), String($0.people), String($0.met), String($0.unmet), MasteryFormat.short($0.title, 28)]
                }
            ).rendered
        }
        let unmet = report.topics.count - met.count
        if unmet > 0 { text += "\(unmet) topic\(unmet == 1 ? "" : "s") no specialist has met yet.\n" }
        console.write(text)
        return 0
    }
}
