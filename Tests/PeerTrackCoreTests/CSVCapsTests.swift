import Foundation
import PeerTrackCore
import Testing

/// The CSV reader's cap on one cell, checked as the cell is read, and a reader whose time
/// grows with its input, not with its square.
struct CSVCapsTests {
    @Test func aCellOverTheCapIsRefusedWithItsLineAndTheNextRowIsRead() throws {
        let long = String(repeating: "x", count: CSVReader.maxFieldBytes + 1)
        let fits = String(repeating: "y", count: CSVReader.maxFieldBytes)
        for cell in [long, "\"\(long)\"", "\"\(String(repeating: "\"\"", count: CSVReader.maxFieldBytes / 2 + 1))\""] {
            var reader = CSVReader(text: "a,b\n1,\(cell),3\n\(fits),ok\n")
            #expect(try reader.next()?.fields == ["a", "b"])
            #expect(throws: CSVError(.fieldTooLong(limit: CSVReader.maxFieldBytes), line: 2, field: 2)) { try reader.next() }
            #expect(try reader.next()?.fields == [fits, "ok"])
            #expect(try reader.next() == nil)
        }
    }

    /// The better of two readings of the bytes, in seconds.
    private func readingTime(_ bytes: [UInt8]) -> Double {
        (0..<2).map { _ in
            let start = ContinuousClock.now
            var reader = CSVReader(bytes)
            var rows = 0
            while true {
                do throws(CSVError) {
                    guard try reader.next() != nil else { break }
                    rows += 1
                } catch {}
            }
            let elapsed = ContinuousClock.now - start
            return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        }.min() ?? 0
    }

    /// Inputs that would be slow if anything were quadratic: one long cell of NUL bytes,
    /// cells of doubled quotes, a row of many cells, quotes never closed.
    static let shapes: [(String, @Sendable (Int) -> [UInt8])] = [
        ("NUL bytes", { [UInt8](repeating: 0, count: $0) }),
        ("doubled quotes", { size in Array(String(repeating: "\"a\"\"b\"\"c\",", count: size / 12).utf8) }),
        ("one wide row", { size in Array(String(repeating: "a,", count: size / 2).utf8) }),
        ("rows", { size in Array(String(repeating: "ana,2025-02-01,1.5,\"Ethics, again\",ethics\n", count: size / 42).utf8) }),
        ("an open quote", { size in [UInt8(ascii: "\"")] + [UInt8](repeating: UInt8(ascii: "x"), count: size) }),
    ]

    @Test func readingTimeGrowsInProportionToTheInput() {
        for (name, make) in Self.shapes {
            let small = readingTime(make(1 << 20))
            let large = readingTime(make(4 << 20))
            // Linear is 4x; quadratic would be 16x. The bound leaves room for a busy machine.
            #expect(large < max(small, 0.001) * 9, "\(name): 1 MB in \(small) s, 4 MB in \(large) s")
        }
    }
}
