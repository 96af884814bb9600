

/// A command line split into options and positionals against what a command accepts.
/// Options may come anywhere, as `--name value` or `--name=value`; `--` ends options.
struct Arguments {
    private(set) var values: [String: String] = [:]
    private(set) var flags: Set<String> = []
    private(set) var positionals: [String] = []

    /// Parses `tokens`; `options` take a value, `flags` do not. Anything else that starts
    /// with `-` is a usage error.
    init(_ tokens: [String], options: Set<String>, flags: Set<String>) throws(UsageError) {
        var index = 0
        var onlyPositionals = false
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            if onlyPositionals || !token.hasPrefix("-") || token == "-" {
                positionals.append(token)
                continue
            }
            if token == "--" {
                onlyPositionals = true
                continue
            }
            var name = token
            var inline: String?
            if let equals = token.firstIndex(of: "=") {
                name = String(token[..<equals])
                inline = String(token[token.index(after: equals)...])
            }
            if flags.contains(name) {
                if inline != nil { throw UsageError("\(name) takes no value") }
                self.flags.insert(name)
            } else if options.contains(name) {
                if let inline {
                    values[name] = inline
                } else {
                    guard index < tokens.count else { throw UsageError("\(name) needs a value") }
                    values[name] = tokens[index]
                    index += 1
                }
            } else {
                throw UsageError("unknown option '\(name)'")
            }
        }
    }

    /// An option's value.
    subscript(_ name: String) -> String? { values[name] }

    /// Whether a flag was given.
    func has(_ flag: String) -> Bool { flags.contains(flag) }

    /// Exactly `count` positionals named `names`, or a usage error.
    func positionals(_ names: String...) throws(UsageError) -> [String] {
        if positionals.count < names.count {
            throw UsageError("missing \(names[positionals.count])")
        }
        if positionals.count > names.count {
            throw UsageError("unexpected argument '\(positionals[names.count])'")
        }
        return positionals
    }

    /// A required option.
    func required(_ name: String) throws(UsageError) -> String {
        guard let value = values[name] else { throw UsageError("missing \(name)") }
        return value
    }
}

import Operations
import PeerTrackCore

extension Arguments {
    /// An option's value as a calendar day, if given.
    func day(_ name: String) throws -> Day? {
        guard let text = values[name] else { return nil }
        guard let day = Day(text) else { throw InvalidValue(option: name, value: text, expected: "a date that exists, as YYYY-MM-DD") }
        return day
    }

    /// A required option's value as a calendar day.
    func requiredDay(_ name: String) throws -> Day {
        guard let day = try day(name) else { throw UsageError("missing \(name)") }
        return day
    }

    /// An option's value as hours (a decimal number, at most two decimals), if given.
    func hours(_ name: String) throws -> Hours? {
        guard let text = values[name] else { return nil }
        guard let hours = Hours(text) else {
            throw InvalidValue(option: name, value: text, expected: "a number of hours: \(Hours.expectation)")
        }
        return hours
    }

    /// A required option's value as hours.
    func requiredHours(_ name: String) throws -> Hours {
        guard let hours = try hours(name) else { throw UsageError("missing \(name)") }
        return hours
    }
}

/// A command line that does not fit the command: exit 64 with a pointer to `--help`.
struct UsageError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
