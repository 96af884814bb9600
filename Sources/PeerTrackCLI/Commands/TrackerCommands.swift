import Foundation
import Operations
import PeerTrackCore
import Tracker

extension CLI {
    static let trackerCommands: [Command] = [
        Command(
            path: ["init"], synopsis: "--agency NAME [--program ID] [--admin LOGIN] [--group GROUP]",
            summary: "Set up the store for an agency (default program nc-cpss).",
            details: """
                The agency's store (/var/lib/peertrack, made by the Debian package) is set up by root: sudo peertrack
                init --agency NAME. Root is its first administrator, or the account --admin names. Everyone then
                reaches the store through the installed binary, under their own account, with the role the roster
                gives them. With --group (a store elsewhere) the folder becomes that group's (2770, setgid; files
                0660) and the account that runs init, or --admin, is the first administrator.
                """,
            options: ["--agency", "--program", "--group", "--admin"],
            run: { cli, arguments in
                _ = try arguments.positionals()
                let done = try cli.workspace.setUp(
                    agency: try arguments.required("--agency"), program: arguments["--program"], administrator: arguments["--admin"],
                    group: arguments["--group"])
                let shared = done.group.map { ", shared by group \($0)" } ?? ""
                cli.console.write("Store \(done.store.path) set up for \(done.agency.name) (program \(done.agency.program ?? "")\(shared)).\n")
                if let admin = done.administrator { cli.console.write("\(admin.id) (login \(admin.login ?? "")) is its first administrator.\n") }
                return 0
            }),
        Command(
            path: ["person", "add"], synopsis: "ID --name NAME [--role specialist|supervisor|admin] [--login OSUSER] [--supervisor ID]",
            summary: "Add a person to the roster.", options: ["--name", "--role", "--login", "--supervisor"],
            run: { cli, arguments in
                let id = try arguments.positionals("ID")[0]
                let roleText = arguments["--role"] ?? "specialist"
                guard let role = Role(rawValue: roleText) else {
                    throw InvalidValue(option: "--role", value: roleText, expected: "specialist, supervisor or admin")
                }
                let record = try cli.workspace.addPerson(
                    id: id, name: try arguments.required("--name"), role: role, login: arguments["--login"], supervisor: arguments["--supervisor"])
                cli.console.write("Added \(id) (\(record.name), \(role.rawValue)).\n")
                return 0
            }),
        Command(
            path: ["person", "list"], synopsis: "[--json | --csv]", summary: "List the roster.", flags: ["--json", "--csv"],
            run: { cli, arguments in
                _ = try arguments.positionals()
                let people = try cli.workspace.roster()
                return cli.render(
                    try arguments.outputForm(), text: { RecordsFormat.rosterText(people) }, json: { RecordsFormat.rosterJSON(people) },
                    csv: { CSVFormat.people(people) })
            }),
        Command(
            path: ["ce", "add"], synopsis: "ID --date YYYY-MM-DD --hours H --title TITLE --category C [--provider P] [--evidence FILE]",
            summary: "Record continuing-education hours; prints the new record's id.",
            details: "Categories come from the person's program (NC: ethics, general; military with the designation).\nHours: more than 0 and at most 24, e.g. 1.5.\n--evidence FILE attaches a certificate's PDF or image (see `peertrack ce attach --help`).",
            options: ["--date", "--hours", "--title", "--category", "--provider", "--evidence"],
            run: { cli, arguments in
                let record = try cli.workspace.addCE(CEEntryInput(
                    person: try arguments.positionals("ID")[0], date: try arguments.requiredDay("--date"), hours: try arguments.requiredHours("--hours"),
                    title: try arguments.required("--title"), category: try arguments.required("--category"), provider: arguments["--provider"],
                    evidence: arguments["--evidence"]))
                cli.console.write("\(record.id)\n")
                return 0
            }),
        Command(
            path: ["ce", "list"], synopsis: "ID [--json | --csv]", summary: "List a person's CE records, with verification and voids.", flags: ["--json", "--csv"],
            run: { cli, arguments in
                let history = try cli.workspace.history(of: try arguments.positionals("ID")[0])
                return cli.render(
                    try arguments.outputForm(), text: { RecordsFormat.ceText(history) }, json: { RecordsFormat.ceJSON(history) },
                    csv: { CSVFormat.continuingEducation(history) })
            }),
        Command(
            path: ["ce", "void"], synopsis: "RECORD --reason TEXT [--as ID]",
            summary: "Void a CE, training or requirement record: it stops counting and stays on record.", options: ["--reason", "--as"],
            run: { cli, arguments in
                let id = try arguments.positionals("RECORD")[0]
                let record = try cli.workspace.void(record: id, reason: try arguments.required("--reason"), as: arguments["--as"])
                cli.console.write("Recorded \(record.stamp.id): \(id) is void (\(record.reason)).\n")
                return 0
            }),
        Command(
            path: ["ce", "verify"], synopsis: "[RECORD] [--as SUPERVISOR]",
            summary: "Verify a CE record as a supervisor who has the supervisor training; without RECORD, walk your queue.",
            details: "The supervisor is the person whose --login is this OS account (in a personal store, --as may name\nanother). A supervisor never verifies their own record, and a record is verified once. In a shared\nstore a supervisor verifies their own specialists' records, under their own account. Without RECORD:\neach pending record in turn, answered y (verify), s (skip) or q (stop); answers may be piped.",
            options: ["--as"],
            run: { cli, arguments in
                guard let id = try arguments.optionalPositional() else { return try cli.verifyQueue(as: arguments["--as"]) }
                let record = try cli.workspace.verify(record: id, as: arguments["--as"])
                cli.console.write("Recorded \(record.stamp.id): \(id) verified by \(record.supervisor).\n")
                return 0
            }),
        Command(
            path: ["training", "add"], synopsis: "ID --course COURSE --date YYYY-MM-DD [--hours H]",
            summary: "Record training such as \"Supervising NC Certified Peer Support Specialists\".",
            options: ["--course", "--date", "--hours"],
            run: { cli, arguments in
                let id = try arguments.positionals("ID")[0]
                let date = try arguments.requiredDay("--date")
                let hours = try arguments.hours("--hours")
                let course = try arguments.required("--course")
                let record = try cli.workspace.addTraining(person: id, course: course, date: date, hours: hours)
                cli.console.write("Recorded \(record.stamp.id): \(id) completed \"\(record.course)\" on \(record.date).\n")
                return 0
            }),
        Command(
            path: ["status"], synopsis: "[ID] [--on YYYY-MM-DD] [--json | --csv]",
            summary: "Renewal status: due date, late window, state, hours counted and verified, shortfall.",
            details: "--csv: one row per person, with hours counted, verified and short for every category of the programs in use.",
            options: ["--on"], flags: ["--json", "--csv"],
            run: { cli, arguments in
                let report = try cli.workspace.status(person: try arguments.optionalPositional(), on: try arguments.on)
                switch try arguments.outputForm() {
                case .json: cli.writeJSON(report.standings) { StatusFormat.json($0, on: report.day) }
                case .csv: cli.console.write(CSVFormat.status(report.standings, on: report.day))
                case .text: cli.console.write(StatusFormat.text(report))
                }
                return 0
            }),
        Command(
            path: ["report", "due"], synopsis: "[--within DAYS] [--on YYYY-MM-DD] [--json | --csv]",
            summary: "Who needs action, most urgent first: renewals, applicants near or past their deadline, untrained supervisors.",
            options: ["--within", "--on"], flags: ["--json", "--csv"],
            run: { cli, arguments in
                _ = try arguments.positionals()
                let within = try arguments.number("--within", minimum: 0, what: "a number of days") ?? 90
                let report = try cli.workspace.dueReport(within: within, on: try arguments.on)
                return cli.render(
                    try arguments.outputForm(), text: { DueFormat.text(report) }, json: { DueFormat.json(report) },
                    csv: { CSVFormat.due(report.due, applicants: report.applicants, untrained: report.untrained, on: report.day) })
            }),
        Command(
            path: ["log"], synopsis: "[--json | --csv]", summary: "The audit trail: every record, oldest first.", flags: ["--json", "--csv"],
            run: { cli, arguments in
                _ = try arguments.positionals()
                try cli.workspace.streamLog(try arguments.outputForm()) { cli.console.write($0) }
                return 0
            }),
    ]
}
