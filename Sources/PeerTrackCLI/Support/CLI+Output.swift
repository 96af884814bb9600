import Foundation
import Operations
import PeerTrackCore

extension Arguments {
    /// `--json` or `--csv` (not both), else text.
    func outputForm() throws(UsageError) -> OutputForm {
        if has("--json"), has("--csv") { throw UsageError("give --json or --csv, not both") }
        return has("--json") ? .json : has("--csv") ? .csv : .text
    }

    /// At most one positional, e.g. an optional ID.
    func optionalPositional() throws(UsageError) -> String? {
        guard positionals.count <= 1 else { throw UsageError("unexpected argument '\(positionals[1])'") }
        return positionals.first
    }

    /// An option's value as a whole number of at least `minimum`, if given.
    func number(_ name: String, minimum: Int, what: String = "a whole number") throws -> Int? {
        guard let text = values[name] else { return nil }
        guard let value = Int(text), value >= minimum else { throw InvalidValue(option: name, value: text, expected: "\(what), \(minimum) or more") }
        return value
    }

    /// `--on` as a day, if given.
    var on: Day? {
        get throws { try day("--on") }
    }
}

extension CLI {
    /// Writes a result in the form asked for, through the renderer of that form.
    func render(_ form: OutputForm, text: () -> String, json: () -> Any, csv: (() -> String)? = nil) -> Int32 {
        switch form {
        case .text: console.write(text())
        case .json: console.write(JSONText.encode(json()) + "\n")
        case .csv: console.write(csv?() ?? text())
        }
        return 0
    }

    /// Writes a JSON array an element at a time (for lists as long as a statewide roster).
    func writeJSON<Element>(_ elements: [Element], _ value: (Element) -> Any) {
        var stream = JSONText.ArrayStream { [console] in console.write($0) }
        for element in elements { stream.append(value(element)) }
        stream.finish()
        console.write("\n")
    }

    /// The workspace of this run: its options, environment, account and clock.
    var workspace: Workspace {
        Workspace(
            contentOption: contentOption, storeOption: storeOption, environment: environment, account: account,
            isSuperuser: isSuperuser, now: now, warn: { [console] in console.writeError("peertrack: warning: \($0)\n") })
    }
}
