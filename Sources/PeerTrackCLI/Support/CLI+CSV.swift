import Operations
import PeerTrackCore
import Tracker

extension Arguments {
    /// Whether `--csv` was given (and not with `--json`).
    func csv() throws(UsageError) -> Bool {
        guard has("--csv") else { return false }
        if has("--json") { throw UsageError("give --json or --csv, not both") }
        return true
    }
}

extension CLI {
    /// Writes a `--csv` table; exit status 0.
    func writeCSV(_ table: String) -> Int32 {
        console.write(table)
        return 0
    }

    /// `log --csv`: pieces of the journal written as CSV on every core, in order, as `log` does.
    func logCSV() throws -> Int32 {
        console.write(CSVFormat.logHeader)
        try openTracker().streamRecords({ records in
            var writer = CSVWriter()
            for record in records { CSVFormat.log(record, into: &writer) }
            return writer.bytes
        }, consume: { console.write(String(decoding: $0, as: UTF8.self)) })
        return 0
    }
}
