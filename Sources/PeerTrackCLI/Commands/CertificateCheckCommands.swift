import Documents
import Foundation
import Operations
import Tracker

extension CLI {
    /// The agency's check of a certificate someone hands it.
    static let certificateCheckCommands: [Command] = [
        Command(
            path: ["certificate", "check"], synopsis: "FILE.pdf",
            summary: "Check that a PDF is a certificate this store issued for a record that still stands.",
            details: """
                The certificate names its record. The check rebuilds the certificate from that record as it
                stands now and compares the two byte for byte, apart from the creation date: it passes (exit 0)
                only for a record of this store that is not voided and a file that nobody changed. A record
                changed since the certificate was printed (verified since, say) fails: print it again.
                """,
            run: { cli, arguments in
                let path = try arguments.positionals("FILE.pdf")[0]
                let content = try cli.workspace.checkCertificate(path)
                cli.console.write(
                    "\(path) is a certificate \(content.issuer) issued from this store: record \(content.recordID), \(content.personName), \"\(content.courseTitle)\" on \(content.date), \(content.hours) hours. The record stands (not voided) and the file matches it byte for byte apart from its creation date.\n")
                return 0
            }),
    ]
}
