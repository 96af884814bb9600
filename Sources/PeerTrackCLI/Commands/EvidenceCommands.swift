import Foundation
import Operations
import PeerTrackCore
import Tracker

extension CLI {
    /// Evidence on CE records: a certificate's PDF or image kept in the store under its SHA-256.
    static let evidenceCommands: [Command] = [
        Command(
            path: ["ce", "attach"], synopsis: "RECORD FILE",
            summary: "Attach a file (PDF or image, at most 20 MB) to a CE record as its evidence.",
            details: """
                The file is copied into the store, named by its SHA-256, readable by you only (by the
                group in a shared store). A new evidence record names the hash, the file's name and its
                size; the CE record itself is not changed. Accepted: \(EvidenceKind.list), told by the
                file's contents, not its name. `peertrack ce add ... --evidence FILE` does both at once.
                """,
            run: { cli, arguments in
                let positionals = try arguments.positionals("RECORD", "FILE")
                let attachment = try cli.workspace.attachEvidence(positionals[1], to: positionals[0])
                let evidence = attachment.evidence
                let file = "\(SafeText.visible(evidence.fileName)) (\(evidence.size) bytes, SHA-256 \(evidence.sha256))"
                if attachment.restored {
                    cli.console.write("Record \(evidence.target) already names \(file) (evidence record \(evidence.id)); the store keeps an intact copy of the file again.\n")
                } else {
                    cli.console.write("Recorded \(evidence.id): \(file) is evidence for \(evidence.target).\n")
                }
                return 0
            }),
        Command(
            path: ["ce", "evidence"], synopsis: "RECORD [-o FILE]",
            summary: "Write out a CE record's evidence file, checked against its SHA-256.",
            details: """
                RECORD is a CE record (its latest evidence) or an evidence record. A stored file that no
                longer matches the hash its record names is refused. With -o the file is written to a
                temporary file beside FILE, flushed and renamed, readable by you only; without, it goes
                to standard output unless that is a terminal.
                """,
            options: ["-o", "--output"],
            run: { cli, arguments in
                let id = try arguments.positionals("RECORD")[0]
                let output = try cli.outputOption(arguments)
                let (evidence, bytes) = try cli.workspace.evidenceFile(id)
                if try cli.writeDocument(bytes, to: output, what: "an evidence file"), let output {
                    cli.console.write("Wrote \(SafeText.visible(evidence.fileName)) (\(evidence.size) bytes, SHA-256 checked), the evidence for \(evidence.target), to \(output).\n")
                }
                return 0
            }),
    ]
}
