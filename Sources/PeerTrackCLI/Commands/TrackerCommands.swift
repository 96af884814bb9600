import Operations
import Foundation
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
                let agency = try arguments.required("--agency")
                let login = arguments["--admin"] ?? cli.account
                guard arguments["--admin"] == nil || getpwnam(login) != nil else {
                    throw TrackerError.invalidValue(field: .login, value: login, expected: "an OS account of this machine (see /etc/passwd)")
                }
                try Tracker.checkSetUp(agency: agency, program: arguments["--program"], programs: try cli.loadPrograms())
                if let group = arguments["--group"] { try Tracker.prepareSharedStore(at: cli.storeDirectory, group: group) }
                let tracker = try cli.openTracker()
                let record = try tracker.initialize(
                    agency: agency, program: arguments["--program"], administrator: (login, CLI.fullName(of: login) ?? login, login))
                let shared = arguments["--group"].map { ", shared by group \($0)" } ?? ""
                cli.console.write("Store \(tracker.storeDirectory.path) set up for \(record.name) (program \(record.program ?? "")\(shared)).\n")
                if tracker.isShared, let admin = tracker.people.first(where: { $0.login == login && $0.role == .admin }) {
                    cli.console.write("\(admin.id) (login \(admin.login ?? "")) is its first administrator.\n")
                }
                return 0
            }),
        Command(
            path: ["person", "add"], synopsis: "ID --name NAME [--role specialist|supervisor|admin] [--login OSUSER] [--supervisor ID]",
            summary: "Add a person to the roster.", options: ["--name", "--role", "--login", "--supervisor"],
            run: { cli, arguments in
                let id = try arguments.positionals("ID")[0]
                let roleText = arguments["--role"] ?? "specialist"
                guard let role = Role(rawValue: roleText) else {
                    throw UsageError("--role '\(roleText)' is not valid: expected specialist, supervisor or admin")
                }
                let tracker = try cli.openTracker()
                let record = try tracker.addPerson(
                    id: id, name: try arguments.required("--name"), role: role, login: arguments["--login"], supervisor: arguments["--supervisor"])
                cli.console.write("Added \(id) (\(record.name), \(role.rawValue)).\n")
                return 0
            }),
        Command(
            path: ["person", "list"], synopsis: "[--json | --csv]", summary: "List the roster.", flags: ["--json", "--csv"],
            run: { cli, arguments in
                _ = try arguments.positionals()
                let people = try cli.openTracker().people
                if try arguments.csv() { return cli.writeCSV(CSVFormat.people(people)) }
                if arguments.has("--json") {
                    try cli.writeJSON(people.map { person -> [String: Any] in
                        var entry: [String: Any] = ["id": person.id, "name": person.name, "role": person.role.rawValue]
                        if let login = person.login { entry["login"] = login }
                        return entry
                    })
                } else if people.isEmpty {
                    cli.console.write("No one on the roster yet. Add someone with `peertrack person add ID --name NAME`.\n")
                } else {
                    cli.console.write(TextTable(
                        headers: ["ID", "NAME", "ROLE", "LOGIN"],
                        rows: people.map { [$0.id, $0.name, $0.role.rawValue, $0.login ?? ""] }).rendered)
                }
                return 0
            }),
        Command(
            path: ["ce", "add"], synopsis: "ID --date YYYY-MM-DD --hours H --title TITLE --category C [--provider P] [--evidence FILE]",
            summary: "Record continuing-education hours; prints the new record's id.",
            details: "Categories come from the person's program (NC: ethics, general; military with the designation).\nHours: more than 0 and at most 24, e.g. 1.5.\n--evidence FILE attaches a certificate's PDF or image (see `peertrack ce attach --help`).",
            options: ["--date", "--hours", "--title", "--category", "--provider", "--evidence"],
            run: { cli, arguments in try cli.addCE(arguments) }),
        Command(
            path: ["ce", "list"], synopsis: "ID [--json | --csv]", summary: "List a person's CE records, with verification and voids.", flags: ["--json", "--csv"],
            run: { cli, arguments in try cli.ceList(person: try arguments.positionals("ID")[0], json: arguments.has("--json"), csv: try arguments.csv()) }),
        Command(
            path: ["ce", "void"], synopsis: "RECORD --reason TEXT [--as ID]",
            summary: "Void a CE, training or requirement record: it stops counting and stays on record.", options: ["--reason", "--as"],
            run: { cli, arguments in
                let id = try arguments.positionals("RECORD")[0]
                let tracker = try cli.openTracker()
                let record = try tracker.void(record: id, reason: try arguments.required("--reason"), as: arguments["--as"])
                cli.console.write("Recorded \(record.stamp.id): \(id) is void (\(record.reason)).\n")
                return 0
            }),
        Command(
            path: ["ce", "verify"], synopsis: "[RECORD] [--as SUPERVISOR]",
            summary: "Verify a CE record as a supervisor who has the supervisor training; without RECORD, walk your queue.",
            details: "The supervisor is the person whose --login is this OS account (in a personal store, --as may name\nanother). A supervisor never verifies their own record, and a record is verified once. In a shared\nstore a supervisor verifies their own specialists' records, under their own account. Without RECORD:\neach pending record in turn, answered y (verify), s (skip) or q (stop); answers may be piped.",
            options: ["--as"],
            run: { cli, arguments in
                guard arguments.positionals.count <= 1 else { throw UsageError("unexpected argument '\(arguments.positionals[1])'") }
                guard let id = arguments.positionals.first else { return try cli.verifyQueue(as: arguments["--as"]) }
                let tracker = try cli.openTracker()
                let record = try tracker.verify(record: id, as: arguments["--as"])
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
                let tracker = try cli.openTracker()
                let record = try tracker.addTraining(person: id, course: course, date: date, hours: hours)
                cli.console.write("Recorded \(record.stamp.id): \(id) completed \"\(record.course)\" on \(record.date).\n")
                return 0
            }),
        Command(
            path: ["status"], synopsis: "[ID] [--on YYYY-MM-DD] [--json | --csv]",
            summary: "Renewal status: due date, late window, state, hours counted and verified, shortfall.",
            details: "--csv: one row per person, with hours counted, verified and short for every category of the programs in use.",
            options: ["--on"], flags: ["--json", "--csv"],
            run: { cli, arguments in
                guard arguments.positionals.count <= 1 else { throw UsageError("unexpected argument '\(arguments.positionals[1])'") }
                return try cli.status(person: arguments.positionals.first, on: arguments["--on"], json: arguments.has("--json"), csv: try arguments.csv())
            }),
        Command(
            path: ["report", "due"], synopsis: "[--within DAYS] [--on YYYY-MM-DD] [--json | --csv]",
            summary: "Who needs action, most urgent first: renewals, applicants near or past their deadline, untrained supervisors.",
            options: ["--within", "--on"], flags: ["--json", "--csv"],
            run: { cli, arguments in
                _ = try arguments.positionals()
                return try cli.dueReport(within: arguments["--within"], on: arguments["--on"], json: arguments.has("--json"), csv: try arguments.csv())
            }),
        Command(
            path: ["log"], synopsis: "[--json | --csv]", summary: "The audit trail: every record, oldest first.", flags: ["--json", "--csv"],
            run: { cli, arguments in
                _ = try arguments.positionals()
                return try arguments.csv() ? cli.logCSV() : cli.log(json: arguments.has("--json"))
            }),
    ]

    /// `--on` as a day, or today.
    func day(_ text: String?, tracker: Tracker) throws -> Day {
        guard let text else { return tracker.today }
        guard let day = Day(text) else { throw UsageError("--on '\(text)' is not valid: expected a date that exists, as YYYY-MM-DD") }
        return day
    }

    func ceList(person id: String, json: Bool, csv: Bool = false) throws -> Int32 {
        let history = try openTracker().history(of: id)
        let records = history.continuingEducation
        if csv { return writeCSV(CSVFormat.continuingEducation(history)) }
        if json {
            try writeJSON(records.map { record -> [String: Any] in
                var entry: [String: Any] = [
                    "id": record.id, "recorded": record.stamp.time, "date": record.date.description, "hours": record.hours.description,
                    "title": record.title, "category": record.category,
                ]
                if let provider = record.provider { entry["provider"] = provider }
                if let attempt = record.attempt { entry["attempt"] = attempt }
                if let origin = record.origin { entry["origin"] = origin }
                if let evidence = history.evidence(of: record.id).last {
                    entry["evidence"] = ["record": evidence.id, "sha256": evidence.sha256, "name": evidence.fileName, "size": evidence.size]
                }
                if let verification = history.verification(of: record.id) {
                    entry["verifiedBy"] = verification.supervisor
                    entry["verifiedAt"] = verification.stamp.time
                }
                if let void = history.void(of: record.id) {
                    entry["voided"] = ["at": void.stamp.time, "reason": void.reason]
                }
                return entry
            })
            return 0
        }
        if records.isEmpty {
            console.write("No CE records for \(id).\n")
            return 0
        }
        let rows = records.map { record -> [String] in
            let state: String
            if let void = history.void(of: record.id) {
                state = "void: \(void.reason)"
            } else if let verification = history.verification(of: record.id) {
                state = "verified by \(verification.supervisor)"
            } else {
                state = "unverified"
            }
            let evidence = history.evidence(of: record.id).isEmpty ? "" : "yes"
            return [record.id, record.date.description, record.hours.description, record.category, record.title, state, evidence]
        }
        console.write(TextTable(headers: ["RECORD", "DATE", "HOURS", "CATEGORY", "TITLE", "STATE", "EVIDENCE"], rows: rows).rendered)
        return 0
    }

    func status(person: String?, on: String?, json: Bool, csv: Bool = false) throws -> Int32 {
        let tracker = try openTracker()
        let day = try day(on, tracker: tracker)
        let standings = try tracker.standings(person: person, on: day)
        if csv { return writeCSV(CSVFormat.status(standings, on: day)) }
        if json {
            writeJSON(standings) { StatusFormat.json($0, on: day) }
            return 0
        }
        if standings.isEmpty {
            console.write("No one on the roster yet. Add someone with `peertrack person add ID --name NAME`.\n")
            return 0
        }
        console.write(standings.map { StatusFormat.text($0, on: day) }.joined(separator: "\n"))
        return 0
    }

    func dueReport(within: String?, on: String?, json: Bool, csv: Bool = false) throws -> Int32 {
        let tracker = try openTracker()
        let day = try day(on, tracker: tracker)
        var days = 90
        if let within {
            guard let value = Int(within), value >= 0 else { throw UsageError("--within '\(within)' is not valid: expected a number of days (0 or more)") }
            days = value
        }
        let standings = try tracker.standings(on: day)
        let due = Tracker.dueReport(standings, within: days, on: day)
        let applicants = Tracker.applicantsDue(standings, within: days, on: day)
        let untrained = Tracker.supervisorsWithoutTraining(standings)
        if csv { return writeCSV(CSVFormat.due(due, applicants: applicants, untrained: untrained, on: day)) }
        if json {
            try writeJSON([
                "on": day.description, "within": days,
                "due": due.map { StatusFormat.json($0, on: day) },
                "applicants": applicants.map { StatusFormat.json($0, on: day) },
                "supervisorsWithoutTraining": untrained.map { ["id": $0.person.id, "name": $0.person.name, "course": $0.program.supervisorCourse] },
            ] as [String: Any])
            return 0
        }
        var text = "Action needed on \(day) (due within \(days) days):\n"
        if due.isEmpty {
            text += "  no one\n"
        } else {
            text += TextTable(
                headers: ["ID", "NAME", "STATE", "DUE", "LATE UNTIL", "HOURS", "NEEDS"],
                rows: due.map { status in
                    let renewal = status.renewal
                    return [
                        status.person.id, status.person.name, renewal.state.rawValue, renewal.due?.description ?? "-",
                        renewal.graceEnd?.description ?? "-", "\(renewal.hoursCounted)/\(renewal.requiredHours)", StatusFormat.needs(status),
                    ]
                }
            ).rendered.split(separator: "\n").map { "  \($0)\n" }.joined()
        }
        if !applicants.isEmpty {
            text += "\nApplicants whose deadline is within \(days) days or past:\n"
            text += TextTable(
                headers: ["ID", "NAME", "DEADLINE", "NEEDS"],
                rows: applicants.map { [$0.person.id, $0.person.name, $0.path.deadline?.description ?? "-", StatusFormat.applicationNeeds($0.path, on: day)] }
            ).rendered.split(separator: "\n").map { "  \($0)\n" }.joined()
        }
        if !untrained.isEmpty {
            text += "\nSupervisors without supervisor training:\n"
            for status in untrained {
                text += "  \(status.person.id)  \(status.person.name): no \"\(status.program.supervisorCourse)\" on record\n"
            }
        }
        console.write(text)
        return 0
    }

    func log(json: Bool) throws -> Int32 {
        // Pieces of the journal are formatted on every core and written in order, so that
        // the log of a statewide journal is quick and never sits in memory whole.
        var count = 0
        try openTracker().streamRecords({ records in
            var out: [UInt8] = []
            for record in records {
                if json {
                    out += ",\n  ".utf8
                    LogFormat.json(record, into: &out)
                } else {
                    LogFormat.text(record, into: &out)
                }
            }
            return (records.count, out)
        }, consume: { piece in
            guard piece.0 > 0 else { return }
            // The first element of the JSON array opens it instead of following a comma.
            let text = String(decoding: piece.1, as: UTF8.self)
            console.write(json && count == 0 ? "[\n  " + text.dropFirst(4) : text)
            count += piece.0
        })
        if json {
            console.write(count == 0 ? "[]\n" : "\n]\n")
        } else if count == 0 {
            console.write("No records yet.\n")
        }
        return 0
    }
}
