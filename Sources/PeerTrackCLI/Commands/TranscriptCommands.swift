import Foundation
import Operations
import PeerTrackCore
import PeerXML
import Tracker
import Transcripts

extension CLI {
    static let transcriptCommands: [Command] = [
        Command(
            path: ["export", "transcript"], synopsis: "ID [-o FILE] [--on YYYY-MM-DD]",
            summary: "Export one person's transcript as XML, for a renewal packet or a move to another agency.",
            details: """
                Holds the agency, the person, their certification history, every CE record with its
                verification and voids, other training, quiz attempts and the renewal status on --on
                (default today). Without -o the XML goes to standard output; with -o it is written
                to a temporary file beside FILE, flushed to disk and renamed, readable by you only.
                The format: `peertrack schema transcript`.
                """,
            options: ["-o", "--output", "--on"],
            run: { cli, arguments in
                let id = try arguments.positionals("ID")[0]
                return try cli.exportTranscript(person: id, arguments)
            }),
        Command(
            path: ["export", "agency"], synopsis: "[-o FILE] [--on YYYY-MM-DD]",
            summary: "Export everyone on the roster in one XML transcript, for an audit.",
            details: "Written person by person in one pass. Options as for `peertrack export transcript`.",
            options: ["-o", "--output", "--on"],
            run: { cli, arguments in
                _ = try arguments.positionals()
                return try cli.exportTranscript(person: nil, arguments)
            }),
        Command(
            path: ["transcript", "validate"], synopsis: "FILE",
            summary: "Check a transcript against the schema and its own records; one FILE:LINE:COLUMN: message per problem.",
            details: """
                Reads the file with DTDs and entities refused, validates it against the transcript
                schema, then checks that the hours it states (counted, verified and still needed, in
                total and per category) add up from its CE records, that the certificate number is the
                latest award's, and that the renewal state and dates follow the program's rules.
                Exit 0 when clean, 1 when any problem is found.
                """,
            run: { cli, arguments in
                let path = try arguments.positionals("FILE")[0]
                switch cli.workspace.validateTranscript(path) {
                case .valid(let outline):
                    cli.console.write(
                        "\(path): a valid transcript of \(outline.people) person(s) with \(outline.records) records, issued by \(outline.header.agency) at \(outline.header.issued)\n")
                    return 0
                case .invalid(let diagnostics):
                    cli.console.write(diagnostics.map { "\($0)\n" }.joined())
                    cli.console.writeError("\(diagnostics.count) problem(s) found\n")
                    return 1
                }
            }),
        Command(
            path: ["transcript", "import"], synopsis: "FILE",
            summary: "Import a transcript from another agency: its records keep their ids; nothing is duplicated.",
            details: """
                The file is checked as `peertrack transcript validate` does, then compared with the store.
                Records already here are skipped, so importing the same file twice changes nothing.
                A record whose id is taken by a different record, or a person id that belongs to
                someone else here, is a conflict: every conflict is reported and nothing is imported.
                New records are appended with the issuing agency as their origin, together with one
                `import` record naming the file, the issuer and the counts.
                """,
            run: { cli, arguments in
                let path = try arguments.positionals("FILE")[0]
                let summary: TranscriptImportSummary
                do {
                    summary = try cli.workspace.importTranscript(path)
                } catch let error as XMLDocumentError {
                    cli.console.writeError(error.diagnostics.map { "\($0)\n" }.joined())
                    cli.console.writeError("peertrack: \(error.diagnostics.count) problem(s) found; nothing was imported and the store is unchanged\n")
                    return 1
                }
                if let note = summary.note {
                    cli.console.write(
                        "Imported \(summary.added) records for \(summary.people) person(s) from \(path) (issued by \(note.issuer) at \(note.issued)); \(summary.present) were here already.\n")
                } else {
                    cli.console.write("Nothing new in \(path): all \(summary.present) of its records are in this store already.\n")
                }
                return 0
            }),
    ]

    /// `-o` or `--output`, given once.
    func outputOption(_ arguments: Arguments) throws -> String? {
        if arguments["-o"] != nil, arguments["--output"] != nil { throw UsageError("give -o or --output, not both") }
        let output = arguments["-o"] ?? arguments["--output"]
        if let output { try OutputTarget.check(output, store: workspace.storeDirectory.path) }
        return output
    }

    func exportTranscript(person: String?, _ arguments: Arguments) throws -> Int32 {
        let output = try outputOption(arguments)
        let done = try workspace.exportTranscript(person: person, on: try arguments.on, softwareVersion: CLI.version, output: output) { console.write($0) }
        if let output { console.write("Wrote the transcript of \(done.whose) to \(output), with the status on \(done.day).\n") }
        return 0
    }
}
