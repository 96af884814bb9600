/// The outcome of checking a record's inputs: its fields, ready to record, or every
/// problem found, each with the field at fault. The single-record commands throw the first
/// problem; imports collect them all.
struct FieldCheck {
    /// The problems, in the order of the fields checked.
    private(set) var problems: [(field: TrackerError.Field, error: TrackerError)] = []
    /// The record's fields; set only when there are no problems.
    var fields: [(String, String)] = []

    /// Notes a problem.
    mutating func refuse(_ field: TrackerError.Field, _ error: TrackerError) {
        problems.append((field, error))
    }

    /// Runs one check, noting what it throws as a problem of `field`.
    mutating func run(_ field: TrackerError.Field, _ check: () throws -> Void) {
        _ = value(field) { try check() }
    }

    /// Runs one check that returns the value to record; nil (and a problem) if it throws.
    mutating func value<T>(_ field: TrackerError.Field, _ check: () throws -> T) -> T? {
        do {
            return try check()
        } catch let error as TrackerError {
            refuse(field, error)
        } catch {
            refuse(field, .invalidValue(field: field, value: "", expected: "\(error)"))
        }
        return nil
    }

    /// The fields, or the first problem thrown.
    func recordable() throws -> [(String, String)] {
        if let first = problems.first { throw first.error }
        return fields
    }

    /// The problems as problems of a row on `line`.
    func rowProblems(line: Int) -> [RowProblem] {
        problems.map { RowProblem(line: line, field: $0.field, error: $0.error) }
    }
}
