import PeerTrackCore
import Testing

struct CSVReaderTests {
    private func rows(_ text: String) throws -> [CSVRow] {
        try CSVReader.rows(text: text)
    }

    @Test func readsPlainRowsWithTheirLines() throws {
        #expect(try rows("a,b,c\n1,2,3\n") == [CSVRow(line: 1, fields: ["a", "b", "c"]), CSVRow(line: 2, fields: ["1", "2", "3"])])
    }

    @Test(arguments: ["a,b\r\nc,d\r\n", "a,b\nc,d\n", "a,b\rc,d\r", "a,b\r\nc,d", "a,b\nc,d"])
    func acceptsCRLFOrLFOrALoneCRWithOrWithoutAFinalLineBreak(text: String) throws {
        #expect(try rows(text) == [CSVRow(line: 1, fields: ["a", "b"]), CSVRow(line: 2, fields: ["c", "d"])])
    }

    @Test func aTrailingLineBreakMakesNoEmptyRowButABlankLineInsideDoes() throws {
        let read = try rows("a\n\nb\n")
        #expect(read == [CSVRow(line: 1, fields: ["a"]), CSVRow(line: 2, fields: [""]), CSVRow(line: 3, fields: ["b"])])
        #expect(read[1].isBlank)
        #expect(try rows(",,\n")[0].isBlank)
    }

    @Test func quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() throws {
        let read = try rows("title,notes\r\n\"Ethics, boundaries\",\"She said \"\"no\"\"\"\r\n\"two\r\nlines\",\"a\nb\"\r\n")
        #expect(read[1].fields == ["Ethics, boundaries", "She said \"no\""])
        #expect(read[2].fields == ["two\r\nlines", "a\nb"])
    }

    @Test func aQuotedLineBreakMovesTheLaterRowsDown() throws {
        let read = try rows("h\n\"one\ntwo\nthree\"\nnext\n\"x\r\ny\"\r\nlast")
        #expect(read.map(\.line) == [1, 2, 5, 6, 8])
        #expect(read[4].fields == ["last"])
    }

    @Test func emptyFieldsQuotedOrNotAndATrailingComma() throws {
        #expect(try rows("a,,\"\",\n")[0].fields == ["a", "", "", ""])
        #expect(try rows("\"\"")[0].fields == [""])
    }

    @Test func spacesAreKeptAsTheyAre() throws {
        #expect(try rows(" a , b \n")[0].fields == [" a ", " b "])
    }

    @Test func aByteOrderMarkAtTheStartIsSkipped() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("id,name\r\nana,Ana\r\n".utf8)
        let read = try CSVReader.rows(bytes)
        #expect(read[0].fields == ["id", "name"])
        #expect(read[1] == CSVRow(line: 2, fields: ["ana", "Ana"]))
    }

    @Test func anEmptyFileHasNoRows() throws {
        #expect(try rows("").isEmpty)
        #expect(try CSVReader.rows([0xEF, 0xBB, 0xBF]).isEmpty)
    }

    @Test func anUnterminatedQuoteIsAnErrorAtTheLineItOpensAndEndsTheFile() throws {
        var reader = CSVReader(text: "a,b\nc,\"never\nclosed,d\ne,f\n")
        #expect(try reader.next()?.fields == ["a", "b"])
        #expect(throws: CSVError(.unterminatedQuote, line: 2, field: 2)) { try reader.next() }
        #expect(try reader.next() == nil)
    }

    @Test func aStrayQuoteInAnUnquotedFieldIsAnErrorAndReadingGoesOnWithTheNextRow() throws {
        var reader = CSVReader(text: "a,b\nx,5\" tall\nc,d\n")
        _ = try reader.next()
        #expect(throws: CSVError(.strayQuote, line: 2, field: 2)) { try reader.next() }
        #expect(try reader.next() == CSVRow(line: 3, fields: ["c", "d"]))
        #expect(try reader.next() == nil)
    }

    @Test func textAfterAClosingQuoteIsAStrayQuote() throws {
        var reader = CSVReader(text: "\"a\"b,c\n\"multi\nline\"x\nok\n")
        #expect(throws: CSVError(.strayQuote, line: 1, field: 1)) { try reader.next() }
        #expect(throws: CSVError(.strayQuote, line: 3, field: 1)) { try reader.next() }
        #expect(try reader.next() == CSVRow(line: 4, fields: ["ok"]))
    }

    @Test func bytesThatAreNotUTF8AreAnErrorWithTheirLine() throws {
        // "Jos\xE9" as Windows-1252 writes it.
        var reader = CSVReader(Array("id,name\n".utf8) + [0x6A, 0x2C, 0x4A, 0x6F, 0x73, 0xE9, 0x0A] + Array("k,Kim\n".utf8))
        _ = try reader.next()
        #expect(throws: CSVError(.notUTF8, line: 2, field: 2)) { try reader.next() }
        #expect(try reader.next() == CSVRow(line: 3, fields: ["k", "Kim"]))
    }

    @Test func errorsSayWhatToDo() {
        #expect(CSVError(.strayQuote, line: 4, field: 2).description == "line 4, field 2: a stray \"; quote the whole field and write each \" inside it as \"\"")
        #expect(CSVError(.notUTF8, line: 1, field: 1).message.contains("CSV UTF-8"))
    }

    @Test func nonASCIITextIsRead() throws {
        #expect(try rows("José,Zoë “quoted”\n")[0].fields == ["José", "Zoë “quoted”"])
    }
}
