import PeerTrackCore
import Testing

struct DayTests {
    @Test(arguments: [
        ("2024-02-29", true), ("2025-02-29", false), ("2000-02-29", true), ("1900-02-29", false),
        ("2026-04-31", false), ("2026-12-31", true), ("2026-13-01", false), ("2026-00-10", false),
        ("2026-1-01", false), ("26-01-01", false), ("2026/01/01", false), ("", false), ("2026-01-0a", false),
    ])
    func parsesOnlyDatesThatExist(text: String, exists: Bool) {
        #expect((Day(text) != nil) == exists)
    }

    @Test func roundTripsThroughDaysSinceEpoch() {
        for offset in stride(from: -800_000, through: 800_000, by: 997) {
            let day = Day(daysSinceEpoch: offset)
            #expect(day.daysSinceEpoch == offset)
        }
        #expect(Day("1970-01-01")?.daysSinceEpoch == 0)
        #expect(Day("2026-01-01")?.daysSinceEpoch == 20_454)
        #expect(Day("2026-11-22")?.daysSinceEpoch == 20_779)
    }

    @Test(arguments: [
        ("2024-01-31", 1, "2024-02-29"), ("2023-01-31", 1, "2023-02-28"), ("2024-03-15", 24, "2026-03-15"),
        ("2024-02-29", 24, "2026-02-28"), ("2024-02-29", 48, "2028-02-29"), ("2025-12-31", 2, "2026-02-28"),
        ("2026-03-31", -1, "2026-02-28"),
    ])
    func addsMonthsClampingToTheMonthEnd(start: String, months: Int, expected: String) {
        #expect(Day(start)?.adding(months: months).description == expected)
    }

    @Test func addsDaysAcrossMonthAndYearEnds() {
        #expect(Day("2026-03-31")?.adding(days: 30).description == "2026-04-30")
        #expect(Day("2024-02-28")?.adding(days: 1).description == "2024-02-29")
        #expect(Day("2025-12-31")?.adding(days: 1).description == "2026-01-01")
        #expect(Day("2026-01-31")?.adding(days: 30).description == "2026-03-02")
    }
}

struct HoursTests {
    @Test(arguments: [("3", 300), ("1.5", 150), ("0.25", 25), ("24", 2400), ("12.05", 1205)])
    func parsesPlainDecimals(text: String, hundredths: Int) {
        #expect(Hours(text)?.hundredths == hundredths)
        #expect(Hours(text)?.description == text)
    }

    @Test(arguments: ["", "-1", "1.234", "abc", "1e3", ".5", "1.", "+2", "1,5", " 2"])
    func rejectsAnythingElse(text: String) {
        #expect(Hours(text) == nil)
    }
}

struct USDateTests {
    @Test(arguments: [
        ("3/15/2025", "2025-03-15"), ("03/05/2025", "2025-03-05"), ("12/31/2026", "2026-12-31"), ("2/29/2024", "2024-02-29"),
        ("1/1/2000", "2000-01-01"),
    ])
    func readsMonthDayYear(text: String, day: String) {
        #expect(Day(usDate: text)?.description == day)
    }

    @Test(arguments: ["2/29/2025", "13/1/2025", "0/1/2025", "4/31/2025", "3/15/25", "2025-03-15", "3-15-2025", "3/15/2025 ", "/1/2025", "3//2025", "a/1/2025", ""])
    func refusesAnythingElse(text: String) {
        #expect(Day(usDate: text) == nil)
    }
}

/// One wording of a day's distance, for status on screen and the dashboard alike.
struct RelativeDayTests {
    @Test(arguments: [
        ("2025-06-01", "today"), ("2025-06-02", "tomorrow"), ("2025-06-03", "in 2 days"), ("2025-07-31", "in 60 days"),
        ("2025-05-31", "yesterday"), ("2025-05-30", "2 days ago"), ("2024-06-01", "365 days ago"),
    ])
    func aDayIsSaidFromToday(day: String, words: String) throws {
        let today = try #require(Day("2025-06-01"))
        #expect(try #require(Day(day)).relative(to: today) == words)
    }
}
