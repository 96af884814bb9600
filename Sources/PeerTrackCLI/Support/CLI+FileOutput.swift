import Foundation
import Operations

extension CLI {
    /// Writes a document: with `-o FILE`, as `OutputFile` writes it (mode 0600, or `mode`);
    /// without, to standard output, where bytes that are not text (a PDF, an image) go only
    /// when it is not a terminal. Returns whether it went to a file, so the command can say so.
    @discardableResult
    func writeDocument(_ bytes: [UInt8], to output: String?, isText: Bool = false, what: String, mode: mode_t = 0o600) throws -> Bool {
        guard let output else {
            if !isText, console.outputIsTerminal {
                throw UsageError("\(what) is not written to a terminal; give -o FILE, or send the output to a file or a program (> FILE)")
            }
            console.write(bytes: bytes)
            return false
        }
        try OutputFile.write(bytes, to: output, mode: mode)
        return true
    }
}
