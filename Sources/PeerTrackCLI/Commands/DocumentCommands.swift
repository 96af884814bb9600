import Documents
import Foundation
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
                let tracker = try cli.openTracker()
                let content = try DocumentContent.certificate(id, tracker: tracker, curriculum: { try? cli.loadCurriculum() })
                let pdf = Certificate.pdf(content, created: cli.now())
                if try cli.writeDocument(pdf, to: output, what: "a certificate (PDF)"), let output {
                    cli.console.write("Wrote the certificate of \(content.personName) for \"\(content.courseTitle)\" (record \(content.recordID)) to \(output).\n")
                }
                return 0
            }),
        Command(
            path: ["export", "packet"], synopsis: "ID [--on YYYY-MM-DD] [-o FILE]",
            summary: "The renewal packet (PDF): certification, hours per category, every CE record in the window.",
            details: """
                What a specialist attaches to the NC recertification application: the person and
                certification (award, last recertification, due date, late window), the hours counted
                per category against the minimums, and a table of every CE record in the window (not
                voided) with its verification, on --on (default today). Output as for `peertrack certificate`.
                """,
            options: ["-o", "--output", "--on"],
            run: { cli, arguments in
                let id = try arguments.positionals("ID")[0]
                let output = try cli.outputOption(arguments)
                let tracker = try cli.openTracker()
                let day = try cli.day(arguments["--on"], tracker: tracker)
                let content = try DocumentContent.packet(id, on: day, tracker: tracker)
                let pdf = RenewalPacket.pdf(content, created: cli.now())
                if try cli.writeDocument(pdf, to: output, what: "a renewal packet (PDF)"), let output {
                    cli.console.write("Wrote the renewal packet of \(id) (\(content.personName)), \(content.rows.count) CE records, as of \(day) to \(output).\n")
                }
                return 0
            }),
        Command(
            path: ["report", "html"], synopsis: "[--on YYYY-MM-DD] [-o FILE]",
            summary: "The agency dashboard: one self-contained HTML file to open from disk or print.",
            details: """
                A summary of how many people are current, due soon, in the late window, lapsed or not
                certified, with a chart; everyone by urgency with their due date and hours; each
                supervisor's queue of unverified records; supervisors without supervisor training.
                No scripts and nothing fetched from elsewhere. Without -o the HTML goes to standard output.
                """,
            options: ["-o", "--output", "--on"],
            run: { cli, arguments in
                _ = try arguments.positionals()
                let output = try cli.outputOption(arguments)
                let tracker = try cli.openTracker()
                let day = try cli.day(arguments["--on"], tracker: tracker)
                let content = try DocumentContent.dashboard(on: day, tracker: tracker)
                let html = Array(Dashboard.html(content).utf8)
                if try cli.writeDocument(html, to: output, isText: true, what: "the dashboard"), let output {
                    cli.console.write("Wrote the dashboard of \(content.agency) (\(content.people.count) people) as of \(day) to \(output).\n")
                }
                return 0
            }),
    ]
}
