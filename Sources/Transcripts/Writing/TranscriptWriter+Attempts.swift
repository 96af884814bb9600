import Glibc
import PeerTrackCore
import PeerXML
import Tracker

/// A quiz attempt's element, written from its record's bytes.
extension TranscriptWriter {
    mutating func attempt(_ record: Record) throws {
        let layout = RecordLayout.attempt
        let fits = record.withFields(layout.keys) { fields in
            !fields.hasOthers && Attempt.values.allSatisfy { key, slot in fields.value(slot).map { Attempt.fits(key, $0) } ?? true }
        }
        if fits {
            try attempt(record, extensions: [])
            return
        }
        var split = layout.split(record)
        for (key, _) in Attempt.values {
            guard var value = split.values[key] else { continue }
            if !value.withUTF8({ Attempt.fits(key, UnsafeRawBufferPointer($0)) }) {
                split.values[key] = nil
                split.extensions.append((key, value))
            }
        }
        let fitting = split.record(like: record, layout: layout)
        try attempt(fitting, extensions: split.extensions)
    }

    /// Checks on the values of an attempt that have a place in an xAPI result.
    enum Attempt {
        static let values: [(key: String, slot: Int)] = ["score", "correct", "asked", "passed", "started", "ended"].map {
            ($0, RecordLayout.attempt.slot($0))
        }

        /// Whether a value fits its place.
        static func fits(_ key: String, _ bytes: UnsafeRawBufferPointer) -> Bool {
            switch key {
            case "score": percent(bytes) != nil
            case "correct", "asked": TranscriptValues.isCount(bytes)
            case "passed": bytes.elementsEqual("true".utf8) || bytes.elementsEqual("false".utf8)
            default: TranscriptValues.isTimestamp(bytes)
            }
        }

        /// Slots of the layout's keys.
        static let quiz = RecordLayout.attempt.slot("quiz"), version = RecordLayout.attempt.slot("version")
        static let seed = RecordLayout.attempt.slot("seed"), questions = RecordLayout.attempt.slot("questions")
        static let answers = RecordLayout.attempt.slot("answers"), correct = RecordLayout.attempt.slot("correct")
        static let asked = RecordLayout.attempt.slot("asked"), score = RecordLayout.attempt.slot("score")
        static let passed = RecordLayout.attempt.slot("passed"), started = RecordLayout.attempt.slot("started")
        static let ended = RecordLayout.attempt.slot("ended")

        /// A whole percentage written the plain way (`85`, not `085` or `85.0`).
        static func percent(_ bytes: UnsafeRawBufferPointer) -> Int? {
            guard (1...3).contains(bytes.count), bytes.allSatisfy({ (48...57).contains($0) }), bytes.count == 1 || bytes[0] != 48 else {
                return nil
            }
            let value = bytes.reduce(0) { $0 * 10 + Int($1 - 48) }
            return value <= 100 ? value : nil
        }
    }

    /// Writes an attempt whose values all fit their places.
    mutating func attempt(_ record: Record, extensions: [(key: String, value: String)]) throws {
        let layout = RecordLayout.attempt
        try record.withFields(layout.keys) { fields in
            func value(_ slot: Int) -> UnsafeRawBufferPointer? { fields.value(slot) }
            let empty = UnsafeRawBufferPointer(start: nil, count: 0)
            try xml.start("Attempt")
            try headerAttributes(record)
            try attribute("origin", fields.value(layout.originSlot), field: "origin", of: record)
            try xml.start("Quiz")
            try attribute("version", value(Attempt.version), field: "version", of: record)
            try text(value(Attempt.quiz) ?? empty, field: "quiz", of: record)
            try xml.end()
            try element("Started", value(Attempt.started), field: "started", of: record)
            try element("Ended", value(Attempt.ended), field: "ended", of: record)
            try xml.start("Result")
            let scaled = value(Attempt.score).flatMap(Attempt.percent).map { Hours(hundredths: $0).description }
            if value(Attempt.correct) != nil || value(Attempt.asked) != nil || scaled != nil {
                try xml.start("Score")
                try xml.attribute("scaled", scaled)
                try attribute("raw", value(Attempt.correct), field: "correct", of: record)
                try xml.attribute("min", "0")
                try attribute("max", value(Attempt.asked), field: "asked", of: record)
                try xml.end()
            }
            try element("Success", value(Attempt.passed), field: "passed", of: record)
            try xml.element("Completion", "true")
            if value(Attempt.answers) != nil || value(Attempt.seed) != nil || value(Attempt.questions) != nil {
                try xml.start("Response")
                try attribute("seed", value(Attempt.seed), field: "seed", of: record)
                try attribute("questions", value(Attempt.questions), field: "questions", of: record)
                try text(value(Attempt.answers) ?? empty, field: "answers", of: record)
                try xml.end()
            }
            try xml.end()
        }
        try self.extensions(extensions, of: record)
        try xml.end()
    }
}
