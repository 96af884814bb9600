

/// A value someone typed that is not of the form expected (an impossible date, hours that
/// are not a number, a column map that does not parse): a command line that cannot be
/// carried out as typed, so the CLI answers it as it answers a usage error (exit 64).
package struct InvalidValue: Error, CustomStringConvertible {
    /// The option or field the value was given for, e.g. `--date`.
    package var option: String
    package var value: String
    /// What was expected instead; or, with `complaint`, the whole sentence after the value.
    package var expected: String
    private var complaint: String?

    package init(option: String, value: String, expected: String) {
        self.option = option
        self.value = value
        self.expected = expected
    }

    /// A value refused for a reason other than its form, e.g. a field that does not exist.
    package init(option: String, value: String, complaint: String) {
        self.init(option: option, value: value, expected: complaint)
        self.complaint = complaint
    }

    package var description: String {
        complaint.map { "\(option) '\(value)': \($0)" } ?? "\(option) '\(value)' is not valid: expected \(expected)"
    }
}
