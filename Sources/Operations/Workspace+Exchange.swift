import Foundation
import PeerTrackCore
import PeerXML
import Tracker
import Transcripts

/// What a spreadsheet import came to: how many rows were new and on record already, or
/// every problem found (and nothing recorded).
package enum SpreadsheetImport {
    case imported(RowImportSummary)
    case refused([SpreadsheetFile.Problem])
}

/// A transcript file found valid, or every problem found in it.
package enum TranscriptCheck {
    case valid(TranscriptOutline)
    case invalid([XMLDiagnostic])
}

extension Workspace {
    /// Writes one person's transcript, or everyone's, with the status on `on`: to `output`
    /// (a temporary file flushed and renamed), else in pieces to `stream`. Returns the day
    /// and the count of people written for everyone, or the person's name.
    package func exportTranscript(
        person: String?, on: Day?, softwareVersion: String, output: String?, stream: (String) -> Void
    ) throws -> (day: Day, whose: String) {
        let tracker = try openTracker()
        let day = day(on, tracker: tracker)
        let whose = try person.map { "\($0) (\(try tracker.person($0).name))" } ?? "everyone on the roster (\(tracker.people.count))"
        let write = { (descriptor: Int32) in
            try TranscriptExchange(tracker: tracker).writeTranscript(person: person, on: day, softwareVersion: softwareVersion, to: descriptor)
        }
        if let output {
            try TranscriptFile.write(to: URL(fileURLWithPath: output), write)
        } else {
            try TranscriptFile.stream(write, to: stream)
        }
        return (day, whose)
    }

    /// Checks a transcript against the schema and its own records.
    package func validateTranscript(_ path: String) -> TranscriptCheck {
        do {
            return .valid(try TranscriptReader().validate(contentsOf: URL(fileURLWithPath: path), displayName: path, programs: (try? loadPrograms()) ?? [:]))
        } catch {
            return .invalid(error.diagnostics)
        }
    }

    /// Imports a transcript (a file that is not a regular one is refused before the store
    /// is locked). Throws `XMLDocumentError` with every problem; nothing is imported then.
    package func importTranscript(_ path: String) throws -> TranscriptImportSummary {
        _ = try UserFile(path: path)
        return try TranscriptExchange(tracker: openTracker()).importTranscript(contentsOf: URL(fileURLWithPath: path), displayName: path)
    }

    /// Reads a spreadsheet and hands its rows to the tracker: recorded only if the file and
    /// every row are right. `importRows` reads the rows and hands them over (to record, or
    /// only to check when the file had problems of its own), so a large import holds them
    /// only while they are checked. `describe` words a cell's error.
    package func importSpreadsheet(
        _ path: String, fields: [CSVColumns.Field], map: String?, describe: (TrackerError) -> String,
        _ importRows: (inout SpreadsheetFile, Tracker) throws -> RowImportSummary
    ) throws -> SpreadsheetImport {
        var sheet = try SpreadsheetFile(path: path, fields: fields, map: try CSVColumns.parseMap(map, fields: fields))
        let tracker = try openTracker()
        guard let summary = try sheet.record({ sheet in try importRows(&sheet, tracker) }, describe: describe) else {
            return .refused(sheet.problemsInFileOrder)
        }
        return .imported(summary)
    }

    /// `person import`: the people of a spreadsheet, all or none.
    package func importPeople(_ path: String, map: String?, describe: (TrackerError) -> String) throws -> SpreadsheetImport {
        try importSpreadsheet(path, fields: SpreadsheetFile.personFields, map: map, describe: describe) { sheet, tracker in
            let rows = sheet.personRows()
            return try tracker.importPeople(consume rows, dryRun: !sheet.problems.isEmpty)
        }
    }

    /// `ce import`: the CE hours of a spreadsheet, all rows or none, nothing twice.
    package func importCE(_ path: String, map: String?, usDates: Bool, describe: (TrackerError) -> String) throws -> SpreadsheetImport {
        try importSpreadsheet(path, fields: SpreadsheetFile.ceFields, map: map, describe: describe) { sheet, tracker in
            let rows = sheet.ceRows(usDates: usDates)
            return try tracker.importCE(consume rows, dryRun: !sheet.problems.isEmpty)
        }
    }
}
