import Documents
import Foundation
import Operations
import PeerTrackCore
import Tracker

extension CLI {
    /// Documents people print and pages they look at: certificates, renewal packets, the dashboard.
    static let documentCommands: [Command] = [
        Command(
            path: ["certificate"], synopsis: "RECORD [-o FILE]",
            summary: "A certificate of completion (one-page PDF) for a CE or training record.",
            details: """
                Names the person, the course, its date, hours and category, the provider (or the agency),
                the supervisor who verified it and when, the record id and how to check it here. For a
                module completed in PeerTrack it names the module, the lessons read and the quiz score.
                With -o the PDF is written to a temporary file beside FILE, flushed to disk and renamed,
                readable by you only; without, it goes to standard output unless that is a terminal.
                """,
            options: ["-o", "--output"],
            run: { cli, arguments in
                let id = try arguments.positionals("RECORD")[0]
                let output = try cli.outputOption(arguments)
                let made = try cli.workspace.certificate(id)
                let content = made.content
                if try cli.writeDocument(made.bytes, to: output, what: "a certificate (PDF)"), let output {
                    cli.console.write("Wrote the certificate of \(content.personName) for \"\(content.courseTitle)\" (record \(content.recordID)) to \(output).\n")
                }
                return 0
            }),
        Command(
            path: ["export", "packet"], synopsis: "ID [--on YYYY-MM-DD] [-o FILE]",
            summary: "The packet of the person's step (PDF): the application's or the renewal's, with its checklist.",
            details: """
                For an applicant (never certified, or lapsed): the training log (the approved course, the
                additional hours per category against the minimums and caps, every CE record that counts),
                then the checklist: attestations, references, the deadline. For a certified person, what a
                specialist attaches to the NC recertification application: the certification (award, last
                recertification, due date, late window), the hours per category against the minimums, every
                CE record in the window (not voided) with its verification, and the renewal's checklist
                (references). Every item missing is marked MISSING on the page. On --on (default today).
                Output as for `peertrack certificate`.
                """,
            options: ["-o", "--output", "--on"],
            run: { cli, arguments in
                let id = try arguments.positionals("ID")[0]
                let output = try cli.outputOption(arguments)
                let made = try cli.workspace.packet(id, on: try arguments.on)
                let content = made.content
                if try cli.writeDocument(made.bytes, to: output, what: "a packet (PDF)"), let output {
                    let missing = content.checklist.filter { !$0.met }.count
                    cli.console.write("Wrote the \(content.stage.rawValue) packet of \(id) (\(content.personName)), \(content.rows.count) CE records, \(missing) item(s) missing, as of \(content.onDate) to \(output).\n")
                }
                return 0
            }),
        Command(
            path: ["report", "html"], synopsis: "[--on YYYY-MM-DD] [-o FILE]",
            summary: "The agency dashboard: one self-contained HTML file to open from disk or print.",
            details: """
                A summary of how many people are current, due soon, in the late window, lapsed or not
                certified, with a chart; everyone by urgency with their due date and hours; each
                supervisor's queue of unverified records; supervisors without supervisor training; the
                weakest topics of the code across the specialists (`report mastery` lists them all).
                No scripts and nothing fetched from elsewhere. Without -o the HTML goes to standard output.
                """,
            options: ["-o", "--output", "--on"],
            run: { cli, arguments in
                _ = try arguments.positionals()
                let output = try cli.outputOption(arguments)
                let made = try cli.workspace.dashboard(on: try arguments.on)
                let content = made.content
                if try cli.writeDocument(made.bytes, to: output, isText: true, what: "the dashboard"), let output {
                    cli.console.write("Wrote the dashboard of \(content.agency) (\(content.people.count) people) as of \(content.onDate) to \(output).\n")
                }
                return 0
            }),
    ]
}
