

/// The form a command's result is written in: `--json`, `--csv`, else text.
package enum OutputForm: Sendable {
    case text, json, csv
}
