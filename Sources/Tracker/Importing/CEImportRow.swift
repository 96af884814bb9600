import PeerTrackCore

/// One CE record as a spreadsheet row states it, for `Tracker.importCE(_:)`.
public struct CEImportRow: Sendable, Equatable {
    /// Where the row is in its file (the physical line it starts on), for problems.
    public var line: Int
    /// Whose hours they are.
    public var person: String
    /// The day of the training; nil when the cell could not be read as a date (the reader
    /// reports why; the rest of the row is still checked and nothing is recorded).
    public var date: Day?
    /// The hours; nil when the cell could not be read as hours (as for `date`).
    public var hours: Hours?
    /// The course or event.
    public var title: String
    /// The program's category the hours count in.
    public var category: String
    /// Who gave the training, if stated.
    public var provider: String?

    /// Makes a row.
    public init(line: Int, person: String, date: Day?, hours: Hours?, title: String, category: String, provider: String?) {
        self.line = line
        self.person = person
        self.date = date
        self.hours = hours
        self.title = title
        self.category = category
        self.provider = provider
    }
}
