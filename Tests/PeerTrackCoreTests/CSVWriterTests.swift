import PeerTrackCore
import Testing

struct CSVWriterTests {
    @Test func writesRowsEndedWithCRLF() {
        var writer = CSVWriter()
        writer.appendRow(["id", "name"])
        writer.appendRow(["ana", ""])
        #expect(writer.text == "id,name\r\nana,\r\n")
    }

    @Test(arguments: [
        ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""),
        ("cr\r", "\"cr\r\""), ("", ""), ("José", "José"),
    ])
    func quotesOnlyWhenAFieldNeedsIt(cell: String, written: String) {
        #expect(CSVWriter.row([cell]) == written + "\r\n")
    }

    @Test(arguments: [
        ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1+1", "'-1+1"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("-", "'-"),
        ("=HYPERLINK(\"http://x\",\"click\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\""), ("\r=1", "\"'\r=1\""),
        ("a=1", "a=1"), ("-3", "-3"), ("-0.5", "-0.5"), ("-1.", "'-1."), ("-.5", "'-.5"), ("-1e3", "'-1e3"),
    ])
    func guardsCellsThatWouldStartAFormula(cell: String, written: String) {
        #expect(CSVWriter.row([cell]) == written + "\r\n")
    }

    @Test func whatItWritesReadsBackAsTheSameCellsGuarded() throws {
        let cells = ["Ethics, boundaries", "line\r\nbreak", "\"quoted\"", "=cmd|' /C calc'!A0", "", " spaced ", "ünïcödé", "-2"]
        var writer = CSVWriter()
        writer.appendRow(cells)
        writer.appendRow(cells.reversed())
        let rows = try CSVReader.rows(writer.bytes)
        let guarded = cells.map { $0.hasPrefix("=") ? "'" + $0 : $0 }
        #expect(rows == [CSVRow(line: 1, fields: guarded), CSVRow(line: 3, fields: guarded.reversed())])
    }

    @Test func canHandOverWhatItWroteInPieces() {
        var writer = CSVWriter()
        writer.appendRow(["a"])
        #expect(writer.take() == Array("a\r\n".utf8))
        writer.appendRow(["b", "c"])
        #expect(writer.text == "b,c\r\n")
    }
}
