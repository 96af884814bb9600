import PeerTrackCore
import Runner
import Tracker

/// How `results` and `report mastery` read on screen, in JSON and in CSV.
package enum ResultsFormat {
    package static func text(_ results: LearnerResults) -> String {
        let progress = results.progress
        var text = "Quiz results for \(results.learner.displayName)\n\n"
        text += TextTable(
            headers: ["QUIZ", "BEST", "PASSED", "ATTEMPTS"],
            rows: results.quizIDs.map { quiz in
                let best = progress.best(at: quiz)
                return [
                    quiz, best.map { "\($0.score)%" } ?? "-", best == nil ? "-" : (progress.hasPassed(quiz) ? "yes" : "no"),
                    String(progress.attempts(at: quiz).count),
                ]
            }
        ).rendered
        if progress.attempts.isEmpty {
            text += "\nNo attempts yet. Take a quiz with `peertrack quiz QUIZ`.\n"
        } else {
            text += "\nAttempts, oldest first:\n" + TextTable(
                headers: ["ENDED", "QUIZ", "SCORE", "RESULT", "RECORD"],
                rows: progress.attempts.map { attempt in
                    [
                        attempt.day, attempt.quizID, ScoreText.score(correct: attempt.correct, asked: attempt.asked, percent: attempt.score),
                        attempt.passed ? "passed" : "not passed", attempt.recordID,
                    ]
                }
            ).rendered
        }
        let asOption = results.learner.asOption
        for saved in results.saved {
            text += "\nSaved part-way: \(saved.quizID) at question \(saved.nextQuestion) of \(saved.questionIDs.count); "
                + "continue with `peertrack quiz \(saved.quizID) --resume\(asOption)`.\n"
        }
        if let deck = results.deck { text += MasteryFormat.resultsText(deck, mastery: results.mastery, today: results.today, asOption: asOption) }
        return text
    }

    package static func json(_ results: LearnerResults) -> [String: Any] {
        let progress = results.progress
        return [
            "person": results.learner.id,
            "attempts": progress.attempts.map { attempt -> [String: Any] in
                var entry: [String: Any] = [
                    "id": attempt.recordID, "quiz": attempt.quizID, "version": attempt.version, "questions": attempt.questionIDs,
                    "answers": attempt.answers, "correct": attempt.correct == attempt.correct.rounded() ? Int(attempt.correct) as Any : attempt.correct,
                    "asked": attempt.asked, "score": attempt.score, "passed": attempt.passed, "started": attempt.started, "ended": attempt.ended,
                ]
                if let seed = attempt.seed { entry["seed"] = String(seed) }
                return entry
            },
            "best": results.quizIDs.compactMap { quiz -> [String: Any]? in
                guard let best = progress.best(at: quiz) else { return nil }
                return ["quiz": quiz, "score": best.score, "attempt": best.recordID, "passed": progress.hasPassed(quiz), "attempts": progress.attempts(at: quiz).count]
            },
            "saved": results.saved.map { ["quiz": $0.quizID, "record": $0.recordID, "nextQuestion": $0.nextQuestion, "questions": $0.questionIDs.count] },
            "review": results.deck.map { MasteryFormat.reviewJSON($0, today: results.today) } ?? ["due": 0, "next": Double.nan],
            "mastery": MasteryFormat.masteryJSON(results.mastery),
        ]
    }

    // MARK: - report mastery

    package static func masteryText(_ report: MasteryReport) -> String {
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
        return text
    }

    package static func masteryJSON(_ report: MasteryReport) -> [String: Any] {
        [
            "on": report.day.description, "specialists": report.specialists, "due": report.due,
            "topics": report.topics.map { topic -> [String: Any] in
                [
                    "topic": topic.topic, "title": topic.title, "specialists": topic.people,
                    "retrievability": topic.retrievability.map(MasteryFormat.rounded) ?? Double.nan, "met": topic.met, "unmet": topic.unmet,
                ]
            },
        ]
    }

    package static func masteryCSV(_ report: MasteryReport) -> String {
        var writer = CSVWriter()
        writer.appendRow(["topic", "title", "specialists met", "mean retrievability", "questions met", "questions never met"])
        for topic in report.topics {
            writer.appendRow([
                topic.topic, topic.title, String(topic.people), topic.retrievability.map { String(MasteryFormat.rounded($0)) } ?? "",
                String(topic.met), String(topic.unmet),
            ])
        }
        return writer.text
    }
}
