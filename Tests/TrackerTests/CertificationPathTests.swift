import Foundation
import PeerTrackCore
import Testing

@testable import Tracker

private func day(_ text: String) -> Day { Day(text)! }

/// An applicant with every NC application item recorded but the ones a test leaves out:
/// the course on `course`, the 20 additional hours (`childrenFamilies` of them on children
/// and families, 2 on ethics, the rest general), references from `references`, and the four
/// attestations, everything dated on or before `recorded`.
private func applicant(
    course: String = "2025-04-10", childrenFamilies: Int = 8, ethics: Int = 2, total: Int = 20, references: [String] = ["Rev. Lee", "Dana Cruz"],
    recorded: String = "2025-06-01", today: String = "2026-11-22"
) throws -> Tracker {
    let tracker = try openTracker(temporaryStore(), today: today)
    try tracker.initialize(agency: "Hope Works", program: nil)
    try tracker.addPerson(id: "kim", name: "Kim Lee", role: .specialist, login: nil)
    try tracker.addRequirement(
        person: "kim", item: "initial-training", date: day(course),
        details: RequirementDetails(title: "NC CPSS Peer Support Training", hours: Hours(50), provider: "Recovery Academy"))
    if childrenFamilies > 0 {
        try tracker.addCE(person: "kim", date: day(recorded), hours: Hours(childrenFamilies), title: "Family partners", category: "children-families", provider: nil)
    }
    if ethics > 0 {
        try tracker.addCE(person: "kim", date: day(recorded), hours: Hours(ethics), title: "Ethics and Peer Support Boundaries", category: "ethics", provider: nil)
    }
    var rest = total - childrenFamilies - ethics
    while rest > 0 {
        let hours = min(rest, 8)
        try tracker.addCE(person: "kim", date: day(recorded), hours: Hours(hours), title: "WRAP", category: "general", provider: nil)
        rest -= hours
    }
    for from in references {
        try tracker.addRequirement(person: "kim", item: "references", date: day(recorded), details: RequirementDetails(from: from))
    }
    for item in ["age", "diploma", "recovery", "code-of-ethics"] {
        try tracker.addRequirement(person: "kim", item: item, date: day(recorded), details: RequirementDetails(attestedBy: "Pat Admin"))
    }
    return tracker
}

private func pathOf(_ tracker: Tracker, on text: String) throws -> PathStatus {
    try tracker.standings(person: "kim", on: day(text))[0].path
}

private func item(_ path: PathStatus, _ id: String) -> ChecklistItem? {
    path.checklist.first { $0.id == id }
}

struct CertificationPathTests {
    // The application is due within 2 years of the course certificate's date, counted as
    // the renewal cycle is (Day.adding(months:)): a leap day plus 24 months falls on the
    // last day of February, 2026-02-28, not March 1, so that an applicant is never told a
    // later day than the anniversary month allows. The day itself is in time; the next is not.
    @Test(arguments: [
        ("2024-02-29", "2026-02-27", "2026-02-28", ChecklistItem.State.met),
        ("2024-02-29", "2026-02-28", "2026-02-28", .met),  // the deadline day itself
        ("2024-02-29", "2026-03-01", "2026-02-28", .missing),  // the day after
        ("2024-04-10", "2026-04-10", "2026-04-10", .met),
        ("2024-04-10", "2026-04-11", "2026-04-10", .missing),
        ("2024-01-31", "2026-01-31", "2026-01-31", .met),
        ("2023-12-31", "2025-12-31", "2025-12-31", .met),  // across a year end
        ("2023-12-31", "2026-01-01", "2025-12-31", .missing),
    ])
    func applicationDeadlineRunsTwoYearsFromTheCourseCertificate(course: String, on: String, deadline: String, state: ChecklistItem.State) throws {
        let tracker = try applicant(course: course, recorded: course, today: on)
        let path = try pathOf(tracker, on: on)
        #expect(path.stage == .application)
        #expect(path.deadline == day(deadline))
        #expect(item(path, "apply-within")?.state == state)
        #expect(item(path, "apply-within")?.date == day(deadline))
        #expect(path.requirementsMet == (state == .met))
    }

    // At most 8 of the 20 additional hours may be on children and families.
    @Test(arguments: [
        (8, 2, 20, "20", ChecklistItem.State.met),
        (9, 2, 20, "19", .missing),  // the ninth hour does not count
        (9, 2, 21, "20", .met),  // made up by one more general hour
        (0, 0, 20, "20", .missing),  // no ethics: the category's minimum of 1 is not met
        (0, 1, 19, "19", .missing),  // an hour short overall
    ])
    func childrenAndFamiliesHoursAreCappedAtEight(childrenFamilies: Int, ethics: Int, total: Int, counted: String, state: ChecklistItem.State) throws {
        let tracker = try applicant(childrenFamilies: childrenFamilies, ethics: ethics, total: total)
        let hours = try #require(item(try pathOf(tracker, on: "2025-07-01"), "additional-training"))
        #expect(hours.hoursCounted == Hours(counted))
        #expect(hours.hoursRequired == Hours(20))
        #expect(hours.state == state)
        let figure = try #require(hours.categories.first { $0.id == "children-families" })
        #expect(figure.cap == Hours(8))
        #expect(figure.recorded == Hours(childrenFamilies))
        #expect(figure.counted == Hours(min(childrenFamilies, 8)))
    }

    // Two reference forms from two people; the same person twice is one reference.
    @Test(arguments: [
        ([String](), 0, ChecklistItem.State.missing),
        (["Rev. Lee"], 1, .missing),  // one of two
        (["Rev. Lee", "rev. lee"], 1, .missing),
        (["Rev. Lee", "Dana Cruz"], 2, .met),
        (["Rev. Lee", "Dana Cruz", "Ana Diaz"], 3, .met),
    ])
    func referencesComeFromTwoDifferentPeople(from: [String], received: Int, state: ChecklistItem.State) throws {
        let tracker = try applicant(references: from)
        let path = try pathOf(tracker, on: "2025-07-01")
        let references = try #require(item(path, "references"))
        #expect(references.received == received)
        #expect(references.requiredCount == 2)
        #expect(references.state == state)
        #expect(path.requirementsMet == (state == .met))
    }

    @Test func aVoidedReferenceStopsCounting() throws {
        let tracker = try applicant()
        let first = try #require(try tracker.records(.document, of: "kim").first)
        try tracker.void(record: first.id, reason: "sent for another applicant", as: nil)
        #expect(item(try pathOf(tracker, on: "2025-07-01"), "references")?.received == 1)
    }

    @Test func certifyRefusesAnIncompleteApplicationAndSaysWhatIsMissing() throws {
        let tracker = try applicant(references: ["Rev. Lee"], today: "2025-07-01")
        let before = journalBytes(tracker.storeDirectory)
        #expect {
            try tracker.certify(person: "kim", date: day("2025-07-01"), program: nil, number: nil, designation: nil)
        } throws: { error in
            guard case .requirementsMissing(let id, let stage, _, let missing) = error as? TrackerError else { return false }
            return id == "kim" && stage == .application && missing == ["references (Reference letters): 1 of 2 received"]
        }
        #expect(journalBytes(tracker.storeDirectory) == before)
        let award = try tracker.certify(
            person: "kim", date: day("2025-07-01"), program: nil, number: nil, designation: nil, override: "second reference arrived by post")
        let record = try #require(try tracker.records(.certify, of: "kim").last)
        #expect(record.id == award.stamp.id)
        #expect(record["override"] == "second reference arrived by post")
        #expect(record["missing"] == "references")
    }

    @Test func aCompleteApplicationIsCertifiedWithoutOverride() throws {
        let tracker = try applicant(today: "2025-07-01")
        #expect(try pathOf(tracker, on: "2025-07-01").requirementsMet)
        try tracker.certify(person: "kim", date: day("2025-07-01"), program: nil, number: "NC-9", designation: nil)
        let record = try #require(try tracker.records(.certify, of: "kim").last)
        #expect(record["override"] == nil)
        let renewal = try pathOf(tracker, on: "2025-08-01")
        #expect(renewal.stage == .renewal)
        #expect(renewal.deadline == day("2027-07-31"))
    }

    // A lapsed specialist applies again as a new applicant: the old course, hours,
    // references and attestations no longer count; a course after the lapse does.
    @Test func aLapsedSpecialistMustTakeTheCourseAgain() throws {
        let tracker = try applicant(course: "2023-09-01", recorded: "2023-10-01", today: "2026-08-01")
        try tracker.certify(person: "kim", date: day("2024-03-15"), program: nil, number: nil, designation: nil)
        var path = try pathOf(tracker, on: "2026-05-01")  // lapsed from 2026-05-01 (late window to 2026-04-30)
        #expect(path.stage == .application)
        #expect(path.countsAfter == day("2026-04-30"))
        #expect(path.missing.map(\.id) == [
            "initial-training", "additional-training", "references", "age", "diploma", "recovery", "code-of-ethics", "apply-within",
        ])
        try tracker.addRequirement(
            person: "kim", item: "initial-training", date: day("2026-06-20"), details: RequirementDetails(title: "NC CPSS Peer Support Training", hours: Hours(50)))
        path = try pathOf(tracker, on: "2026-07-01")
        #expect(item(path, "initial-training")?.state == .met)
        #expect(item(path, "initial-training")?.date == day("2026-06-20"))
        #expect(path.deadline == day("2028-06-20"))
        #expect(item(path, "references")?.received == 0)
    }

    @Test func aRenewalNeedsItsHoursAndTwoReferences() throws {
        let tracker = try applicant(today: "2027-06-01")
        try tracker.certify(person: "kim", date: day("2025-07-01"), program: nil, number: nil, designation: nil)
        try tracker.addCE(person: "kim", date: day("2026-01-10"), hours: Hours(3), title: "Ethics", category: "ethics", provider: nil)
        try tracker.addCE(person: "kim", date: day("2026-02-10"), hours: Hours(17), title: "WRAP", category: "general", provider: nil)
        var path = try pathOf(tracker, on: "2027-06-01")
        #expect(path.stage == .renewal)
        #expect(path.checklist.map(\.id) == ["hours", "references"])
        #expect(item(path, "hours")?.state == .met)
        #expect(item(path, "references")?.received == 0)  // the application's references were before the award
        #expect(throws: TrackerError.self) { try tracker.recertify(person: "kim", date: day("2027-06-01")) }
        try tracker.addRequirement(person: "kim", item: "references", date: day("2027-05-01"), details: RequirementDetails(from: "Rev. Lee"))
        try tracker.addRequirement(person: "kim", item: "references", date: day("2027-05-02"), details: RequirementDetails(from: "Dana Cruz"))
        path = try pathOf(tracker, on: "2027-06-01")
        #expect(path.requirementsMet)
        try tracker.recertify(person: "kim", date: day("2027-06-01"))
        #expect(try tracker.records(.recertify, of: "kim").last?["override"] == nil)
    }

    @Test func recordsRefuseWhatTheRequirementCannotUse() throws {
        let tracker = try applicant()
        let before = journalBytes(tracker.storeDirectory)
        #expect(throws: TrackerError.self) {  // hours are CE records
            try tracker.addRequirement(person: "kim", item: "additional-training", date: day("2025-06-01"), details: RequirementDetails(hours: Hours(3)))
        }
        #expect(throws: TrackerError.self) {  // no such item
            try tracker.addRequirement(person: "kim", item: "transcript", date: day("2025-06-01"), details: RequirementDetails(from: "UNC"))
        }
        #expect(throws: TrackerError.self) {  // a document needs whom it is from
            try tracker.addRequirement(person: "kim", item: "references", date: day("2025-06-01"), details: RequirementDetails())
        }
        #expect(throws: TrackerError.self) {  // a course needs its hours
            try tracker.addRequirement(person: "kim", item: "initial-training", date: day("2025-06-01"), details: RequirementDetails(title: "Course"))
        }
        #expect(throws: TrackerError.self) {  // not after today
            try tracker.addRequirement(person: "kim", item: "age", date: day("2027-01-01"), details: RequirementDetails())
        }
        #expect(journalBytes(tracker.storeDirectory) == before)
    }
}
