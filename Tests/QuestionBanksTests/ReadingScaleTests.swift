import Foundation
import QuestionBanks
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Reading a bank four times as large takes about four times as long, for every shape of
/// bank that once took more (many questions, many categories, one question of many
/// answers). Measured in this thread's CPU time (the small input's best of three runs), so
/// that other work on the machine counts little; a reader that is linear gives a ratio near 4, one that is
/// quadratic near 16, and the bound of 8 tells them apart with room for noise on either side.
struct ReadingScaleTests {
    /// A bank of about `size` bytes: `head`, then `unit(i)` for i = 0, 1, ... , then `tail`.
    static func bank(size: Int, head: String, tail: String, unit: (Int) -> String) -> [UInt8] {
        var text = head
        var index = 0
        while text.utf8.count + tail.utf8.count < size {
            text += unit(index)
            index += 1
        }
        return Array((text + tail).utf8)
    }

    static let shapes: [(name: String, format: QuestionBankFormat, head: String, tail: String, unit: @Sendable (Int) -> String)] = [
        ("gift-questions", .gift, "$CATEGORY: $course$/top/Big\n\n", "", { "::Q\($0)::Question \($0): which is right?{=Right#Yes. ~Wrong#No. ~Other}\n\n" }),
        ("gift-categories", .gift, "$CATEGORY: $course$/top/Big\n\n", "", { "$CATEGORY: $course$/top/Big/Topic \($0)\n\n::Q\($0)::Question \($0)?{=a ~b}\n\n" }),
        ("gift-answers", .gift, "::Q::Which one is right? {\n", "=right\n}\n", { "~wrong answer \($0)\n" }),
        ("moodle-questions", .moodle, "<?xml version=\"1.0\"?>\n<quiz>\n", "</quiz>\n", {
            "<question type=\"multichoice\"><name><text>Q\($0)</text></name><questiontext format=\"html\"><text>Question \($0)?</text></questiontext><answer fraction=\"100\"><text>Right</text></answer><answer fraction=\"0\"><text>Wrong</text></answer></question>\n"
        }),
        ("moodle-categories", .moodle, "<?xml version=\"1.0\"?>\n<quiz>\n", "</quiz>\n", {
            "<question type=\"category\"><category><text>$course$/top/Big/Topic \($0)</text></category></question><question type=\"truefalse\"><questiontext><text>Statement \($0).</text></questiontext><answer fraction=\"100\"><text>true</text></answer><answer fraction=\"0\"><text>false</text></answer></question>\n"
        }),
    ]

    /// This thread's CPU time, in seconds.
    static func threadTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The best CPU time of `runs` imports of `bytes`.
    static func cost(_ bytes: [UInt8], format: QuestionBankFormat, runs: Int) throws -> Double {
        var best = Double.infinity
        for _ in 0..<runs {
            let start = threadTime()
            let bank = try QuestionBankImporter.importBank(bytes, file: "scale", format: format, options: BankImportOptions(moduleID: "m"))
            best = min(best, threadTime() - start)
            #expect(!bank.quiz.questions.isEmpty)
        }
        return best
    }

    @Test(arguments: shapes.indices)
    func fourTimesTheInputTakesAboutFourTimesTheWork(shape: Int) throws {
        let (name, format, head, tail, unit) = ReadingScaleTests.shapes[shape]
        let small = ReadingScaleTests.bank(size: 1_000_000, head: head, tail: tail, unit: unit)
        let large = ReadingScaleTests.bank(size: 4_000_000, head: head, tail: tail, unit: unit)
        #expect(large.count <= format.maxBytes)
        let smallCost = try ReadingScaleTests.cost(small, format: format, runs: 3)
        let largeCost = try ReadingScaleTests.cost(large, format: format, runs: 1)
        let ratio = largeCost / smallCost
        if ProcessInfo.processInfo.environment["PEERTRACK_SHOW_SCALE"] != nil {
            print("\(name): 1 MB \(String(format: "%.3f", smallCost)) s, 4 MB \(String(format: "%.3f", largeCost)) s, ratio \(String(format: "%.2f", ratio))")
        }
        #expect(ratio < 8, "\(name): 1 MB took \(smallCost) s of CPU, 4 MB \(largeCost) s: \(ratio)x")
    }
}
