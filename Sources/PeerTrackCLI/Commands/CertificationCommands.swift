import Foundation
import Operations
import PeerTrackCore
import Tracker

extension CLI {
    /// The certification path: what each step asks for, recorded; and the steps themselves.
    static let certificationCommands: [Command] = [
        Command(
            path: ["requirement", "add"],
            synopsis: "ID ITEM --date YYYY-MM-DD [--title T --hours H [--provider P]] [--from NAME [--evidence FILE]] [--by NAME]",
            summary: "Record a requirement of the certification path as met: an approved course, an attestation or a document.",
            details: """
                ITEM is a requirement of the person's program (its rule file; NC: initial-training, references,
                age, diploma, recovery, code-of-ethics). What it needs depends on its kind:
                  course       --title, --hours (contact hours), --provider; --date is the certificate's date
                  document     --from (who wrote it), --evidence FILE (kept by its SHA-256); --date is the day received
                  attestation  --by (who attested; default you); --date is the day attested
                Hours by category are CE records (`peertrack ce add`). Roles in a shared store: an administrator
                records attestations and documents; a course is recorded by the person's supervisor or an administrator.
                """,
            options: ["--date", "--title", "--hours", "--provider", "--from", "--evidence", "--by"],
            run: { cli, arguments in
                let positionals = try arguments.positionals("ID", "ITEM")
                let date = try arguments.requiredDay("--date")
                let details = RequirementDetails(
                    title: arguments["--title"], hours: try arguments.hours("--hours"), provider: arguments["--provider"],
                    from: arguments["--from"], attestedBy: arguments["--by"], evidence: arguments["--evidence"].map { URL(fileURLWithPath: $0) })
                let record = try cli.workspace.addRequirement(person: positionals[0], item: positionals[1], date: date, details: details)
                cli.console.write("Recorded \(record.id): \(positionals[0]) \(record.kind.rawValue) for \(positionals[1]) on \(date).\n")
                return 0
            }),
        Command(
            path: ["requirement", "list"], synopsis: "ID [--on YYYY-MM-DD] [--json]",
            summary: "The checklist of the person's step (application or renewal) and the records that meet it.",
            options: ["--on"], flags: ["--json"],
            run: { cli, arguments in
                let id = try arguments.positionals("ID")[0]
                let report = try cli.workspace.status(person: id, on: try arguments.on)
                guard let status = report.standings.first else { return 0 }
                return cli.render(
                    try arguments.outputForm(), text: { StatusFormat.checklistText(status, on: report.day) },
                    json: { StatusFormat.checklistJSON(status, on: report.day) })
            }),
        Command(
            path: ["requirement", "evidence"], synopsis: "RECORD [-o FILE]",
            summary: "Write out a document's file (a reference form), checked against its SHA-256.",
            details: "RECORD is a document record (`peertrack requirement add ... --evidence FILE`). Output as for\n`peertrack ce evidence`: -o writes a file readable by you only; without, standard output unless a terminal.",
            options: ["-o", "--output"],
            run: { cli, arguments in
                let id = try arguments.positionals("RECORD")[0]
                let output = try cli.outputOption(arguments)
                let (document, bytes) = try cli.workspace.documentFile(id)
                if try cli.writeDocument(bytes, to: output, what: "a document's file"), let output {
                    cli.console.write("Wrote \(document.fileName ?? "the file") (\(bytes.count) bytes, SHA-256 checked), the \(document.item) from \(document.from), to \(output).\n")
                }
                return 0
            }),
        Command(
            path: ["certify"], synopsis: "ID --date YYYY-MM-DD [--program ID] [--number CERT] [--designation ID] [--override REASON]",
            summary: "Record an initial certification award (or a new award after a lapse), once the application is complete.",
            details: """
                The application's checklist (see `peertrack status ID`) must be met on --date; what is missing is
                listed and nothing is recorded. An administrator may record the award anyway with --override REASON
                (for instance someone certified before the store was kept): the record and the log keep the reason
                and the items passed over.
                """,
            options: ["--date", "--program", "--number", "--designation", "--override"],
            run: { cli, arguments in
                let id = try arguments.positionals("ID")[0]
                let date = try arguments.requiredDay("--date")
                let award = try cli.workspace.certify(
                    person: id, date: date, program: arguments["--program"], number: arguments["--number"],
                    designation: arguments["--designation"], override: arguments["--override"])
                cli.console.write("Recorded \(award.id): \(id) certified on \(award.date) (\(award.program ?? "")); renewal due \(award.due?.description ?? "-").\n")
                cli.reportOverride(award)
                return 0
            }),
        Command(
            path: ["recertify"], synopsis: "ID --date YYYY-MM-DD [--override REASON]",
            summary: "Record a recertification, once the renewal's checklist (hours, references) is complete.",
            details: "As for certify: what is missing is listed and nothing is recorded, unless an administrator gives\n--override REASON, which the record and the log keep.",
            options: ["--date", "--override"],
            run: { cli, arguments in
                let id = try arguments.positionals("ID")[0]
                let date = try arguments.requiredDay("--date")
                let award = try cli.workspace.recertify(person: id, date: date, override: arguments["--override"])
                cli.console.write("Recorded \(award.id): \(id) recertified on \(award.date); next renewal due \(award.due?.description ?? "-").\n")
                cli.reportOverride(award)
                return 0
            }),
    ]

    /// Says so when a certify or recertify record was made with an override.
    func reportOverride(_ award: AwardRecorded) {
        guard let override = award.override else { return }
        console.write("Override: \(override.reason) (passed over: \(override.passedOver.joined(separator: ", "))).\n")
    }
}
