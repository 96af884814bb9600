import Foundation
import PeerTrackCore
import Testing

@testable import Tracker

/// The shipped rule files, read the same way the tool reads them.
let shippedPrograms: [String: Program] = {
    let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Curriculum/programs")
    return (try? ProgramLoader(directory: directory).load()) ?? [:]
}()

private func day(_ text: String) -> Day { Day(text)! }

private func entry(_ date: String, _ hours: Int, _ category: String = "general", verified: Bool = false) -> CEEntry {
    CEEntry(date: day(date), hours: Hours(hours), category: category, verified: verified)
}

struct RenewalRulesTests {
    let nc = shippedPrograms["nc-cpss"]!

    @Test func shipsNorthCarolinaAndTwoOtherStates() {
        #expect(Set(shippedPrograms.keys) == ["nc-cpss", "pa-cps", "ga-cps"])
        #expect(nc.requiredHours == Hours(20))
        #expect(nc.category("ethics")?.minimum == Hours(3))
        #expect(nc.graceDays == 30)
        #expect(nc.reminderDays == 90)
    }

    // The worked example of DOMAIN.md: certified 2024-03-15, due 2026-03-31, late through
    // 2026-04-30, lapsed from 2026-05-01; each deadline checked the day before, on and after.
    @Test(arguments: [
        ("2024-03-14", CertificationState.notCertified),
        ("2024-03-15", .current),
        ("2025-12-30", .current),  // 91 days before the due date
        ("2025-12-31", .dueSoon),  // 90 days before
        ("2026-03-30", .dueSoon),
        ("2026-03-31", .dueSoon),  // the due date itself
        ("2026-04-01", .grace),
        ("2026-04-29", .grace),
        ("2026-04-30", .grace),  // last day of the late window
        ("2026-05-01", .lapsed),
    ])
    func northCarolinaStatesAroundEachDeadline(on: String, expected: CertificationState) {
        let status = nc.status(awards: [(day("2024-03-15"), nil)], recertifications: [], ce: [], on: day(on))
        #expect(status.state == expected)
        if expected != .notCertified {
            #expect(status.due == day("2026-03-31"))
            #expect(status.graceEnd == day("2026-04-30"))
        }
    }

    @Test(arguments: [
        ("2024-03-15", "2026-03-31", "2026-04-30"),
        ("2024-01-31", "2026-01-31", "2026-03-02"),  // month end; the window crosses February
        ("2024-02-29", "2026-02-28", "2026-03-30"),  // leap day award, non-leap due year
        ("2022-02-15", "2024-02-29", "2024-03-30"),  // due in a leap February
        ("2024-12-01", "2026-12-31", "2027-01-30"),  // window crosses the year end
    ])
    func northCarolinaDueDateIsTheLastDayOfTheMonthTwoYearsOn(award: String, due: String, graceEnd: String) {
        let status = nc.status(awards: [(day(award), nil)], recertifications: [], ce: [], on: day(award))
        #expect(status.due == day(due))
        #expect(status.graceEnd == day(graceEnd))
    }

    @Test func recertificationKeepsTheCycleAnchoredToTheAward() {
        let onTime = nc.status(awards: [(day("2024-03-15"), nil)], recertifications: [day("2026-03-20")], ce: [], on: day("2026-06-01"))
        #expect(onTime.state == .current)
        #expect(onTime.due == day("2028-03-31"))
        #expect(onTime.lastCertification == day("2026-03-20"))
        let late = nc.status(awards: [(day("2024-03-15"), nil)], recertifications: [day("2026-04-20")], ce: [], on: day("2026-06-01"))
        #expect(late.due == day("2028-03-31"))
    }

    @Test func onlyTrainingAfterTheLastCertificationCounts() {
        let ce = [entry("2026-03-19", 4), entry("2026-03-20", 3, "ethics"), entry("2026-03-21", 2, "ethics")]
        let status = nc.status(awards: [(day("2024-03-15"), nil)], recertifications: [day("2026-03-20")], ce: ce, on: day("2026-06-01"))
        // CE dated on the recertification day itself belongs to the cycle that just closed.
        #expect(status.hoursCounted == Hours(2))
        #expect(status.countsAfter == day("2026-03-20"))
        let onAwardDay = nc.status(awards: [(day("2024-03-15"), nil)], recertifications: [], ce: [entry("2024-03-15", 5)], on: day("2024-06-01"))
        #expect(onAwardDay.hoursCounted == .zero)
    }

    @Test func trainingAfterTheStatusDateDoesNotCountYet() {
        let status = nc.status(awards: [(day("2024-03-15"), nil)], recertifications: [], ce: [entry("2025-05-01", 5)], on: day("2025-04-30"))
        #expect(status.hoursCounted == .zero)
    }

    @Test func ethicsMinimumIsEnforcedEvenWhenTheTotalIsMet() {
        let short = nc.status(awards: [(day("2024-03-15"), nil)], recertifications: [], ce: [entry("2025-01-10", 20)], on: day("2026-01-01"))
        #expect(short.hoursCounted == Hours(20))
        #expect(!short.requirementsMet)
        #expect(short.shortfall == Hours(3))
        #expect(short.categories.first { $0.id == "ethics" }?.shortfall == Hours(3))

        let met = nc.status(
            awards: [(day("2024-03-15"), nil)], recertifications: [],
            ce: [entry("2025-01-10", 17, verified: true), entry("2025-02-10", 3, "ethics", verified: true)], on: day("2026-01-01"))
        #expect(met.requirementsMet)
        #expect(met.verifiedRequirementsMet)
        #expect(met.shortfall == .zero)
    }

    @Test func unverifiedHoursCountButAreReportedApart() {
        let status = nc.status(
            awards: [(day("2024-03-15"), nil)], recertifications: [],
            ce: [entry("2025-01-10", 17, verified: true), entry("2025-02-10", 3, "ethics")], on: day("2026-01-01"))
        #expect(status.requirementsMet)
        #expect(status.hoursVerified == Hours(17))
        #expect(!status.verifiedRequirementsMet)
    }

    @Test func militaryDesignationAddsItsMinimum() {
        let status = nc.status(awards: [(day("2024-03-15"), "military")], recertifications: [], ce: [entry("2025-01-10", 17), entry("2025-01-11", 3, "ethics")], on: day("2026-01-01"))
        #expect(status.categories.map(\.id) == ["ethics", "general", "military"])
        #expect(!status.requirementsMet)
        #expect(status.shortfall == Hours(8))
    }

    @Test func aNewAwardAfterALapseStartsAFreshCycle() {
        let status = nc.status(
            awards: [(day("2020-01-10"), nil), (day("2023-05-02"), nil)], recertifications: [], ce: [], on: day("2024-01-01"))
        #expect(status.state == .current)
        #expect(status.due == day("2025-05-31"))
    }

    @Test func pennsylvaniaIsDueOnTheAnniversaryWithNoLateWindow() throws {
        let pa = try #require(shippedPrograms["pa-cps"])
        let award = [(date: day("2024-03-15"), designation: String?.none)]
        #expect(pa.status(awards: award, recertifications: [], ce: [], on: day("2026-03-15")).state == .dueSoon)
        #expect(pa.status(awards: award, recertifications: [], ce: [], on: day("2026-03-16")).state == .lapsed)
        #expect(pa.status(awards: award, recertifications: [], ce: [], on: day("2026-03-15")).requiredHours == Hours(36))
    }

    @Test func georgiaRunsByCalendarYearFromTheYearAfterTheAward() throws {
        let ga = try #require(shippedPrograms["ga-cps"])
        let award = [(date: day("2024-06-01"), designation: String?.none)]
        let ce = [entry("2024-12-31", 6, "gmhcn-sponsored"), entry("2025-01-01", 6, "gmhcn-sponsored")]
        let status = ga.status(awards: award, recertifications: [], ce: ce, on: day("2025-07-01"))
        #expect(status.due == day("2025-12-31"))
        #expect(status.graceEnd == day("2026-01-31"))
        #expect(status.hoursCounted == Hours(6))
        #expect(ga.status(awards: award, recertifications: [], ce: [], on: day("2026-02-01")).state == .lapsed)
    }
}
