import Foundation
import PeerTrackCore
import PeerXML
import Testing

@testable import Tracker

/// A folder holding one rule file: nc-cpss.xml with `application` and `renewal` replaced.
private func ruleFolder(application: String, renewal: String = "") throws -> URL {
    let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Curriculum/programs/nc-cpss.xml")
    var text = try String(contentsOf: shipped, encoding: .utf8)
    let start = try #require(text.range(of: "  <application>"))
    let end = try #require(text.range(of: "</renewal>\n"))
    text.replaceSubrange(start.lowerBound..<end.upperBound, with: "  <application>\n\(application)\n  </application>\n  <renewal>\(renewal)</renewal>\n")
    let folder = temporaryStore()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try text.write(to: folder.appendingPathComponent("nc-cpss.xml"), atomically: true, encoding: .utf8)
    return folder
}

/// The diagnostics of loading a folder, as FILE:LINE:COLUMN lines with the folder cut off.
private func problems(_ folder: URL) -> [String] {
    do {
        _ = try ProgramLoader(directory: folder).load()
        return []
    } catch let error as XMLDocumentError {
        return error.diagnostics.map { $0.description.replacingOccurrences(of: folder.path + "/", with: "") }
    } catch {
        return ["\(error)"]
    }
}

struct ProgramRequirementsTests {
    @Test func northCarolinaListsTheApplicationAndTheRenewalPacket() throws {
        let nc = try #require(shippedPrograms["nc-cpss"])
        #expect(nc.application.map(\.id) == [
            "initial-training", "additional-training", "references", "age", "diploma", "recovery", "code-of-ethics", "apply-within",
        ])
        #expect(nc.application.map(\.kind) == [.course, .hours, .document, .attestation, .attestation, .attestation, .attestation, .deadline])
        #expect(nc.application[0].rule == .course(minimumHours: Hours(50)))
        #expect(nc.application[7].rule == .deadline(course: "initial-training", months: 24))
        guard case .hours(let required, let categories) = nc.application[1].rule else {
            Issue.record("additional-training is not an hours requirement")
            return
        }
        #expect(required == Hours(20))
        #expect(categories.first { $0.id == "children-families" }?.cap == Hours(8))
        #expect(nc.renewal == [Requirement(id: "references", name: "Personal Reference Forms", rule: .document(count: 2))])
        // The application's categories are CE categories too; the renewal table keeps its own.
        #expect(nc.category("children-families") != nil)
        #expect(nc.renewalCategoryIDs == ["ethics", "general", "military"])
        #expect(shippedPrograms["pa-cps"]?.application == [])
    }

    @Test(arguments: [
        (
            #"    <deadline id="late" course="intro" months="24">Within 2 years</deadline>"#, "",
            "nc-cpss.xml:43:1: deadline 'late' runs from course 'intro', which <application> does not list"
        ),
        (
            #"    <attestation id="age">18</attestation><attestation id="age">18 again</attestation>"#, "",
            "nc-cpss.xml:43:1: requirement id 'age' is used twice in <application>"
        ),
        (
            #"    <hours id="extra" name="Extra" required="20"><category id="ethics" min="9" max="8">Ethics</category></hours>"#, "",
            "nc-cpss.xml:43:1: category 'ethics' asks at least 9 hours but counts at most 8"
        ),
        (
            #"    <hours id="extra" name="Extra" required="5"><category id="ethics" min="6">Ethics</category></hours>"#, "",
            "nc-cpss.xml:43:1: the categories' minimums add up to 6 hours, more than the 5 required"
        ),
        (
            "", #"<hours id="more" name="More" required="20"><category id="general">General</category></hours>"#,
            "nc-cpss.xml:45:1: a renewal's hours are the program's <hours>: <hours> cannot be checked inside <renewal>"
        ),
        (
            "", #"<document id="hours" count="1">Hours log</document>"#,
            "nc-cpss.xml:45:1: requirement id 'hours' is the renewal's hours; choose another id"
        ),
    ])
    func theLoaderRefusesARequirementItCannotCheck(application: String, renewal: String, expected: String) throws {
        #expect(problems(try ruleFolder(application: application, renewal: renewal)) == [expected])
    }

    @Test func theSchemaRefusesAnUnknownKindOfRequirement() throws {
        let found = problems(try ruleFolder(application: #"    <interview id="talk">An interview</interview>"#))
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("nc-cpss.xml:43:") == true)
        #expect(found.first?.contains("interview") == true)
    }
}

/// No attribute of a rule file is read and ignored: `carryOver="true"`, which PeerTrack
/// cannot apply, is refused where it stands.
struct CarryOverTests {
    @Test(arguments: ["true", "1"])
    func carryingHoursOverIsRefusedWithItsPlace(value: String) throws {
        let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Curriculum/programs/nc-cpss.xml")
        let text = try String(contentsOf: shipped, encoding: .utf8)
        #expect(text.contains("carryOver=\"false\""))
        let folder = temporaryStore()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try text.replacingOccurrences(of: "carryOver=\"false\"", with: "carryOver=\"\(value)\"")
            .write(to: folder.appendingPathComponent("nc-cpss.xml"), atomically: true, encoding: .utf8)
        let line = try #require(text.components(separatedBy: "\n").firstIndex { $0.contains("carryOver=") }) + 1
        let found = problems(folder)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("nc-cpss.xml:\(line):") == true, "\(found)")
        #expect(found.first?.contains("carryOver=\"\(value)\" is not supported") == true, "\(found)")
    }

    @Test func theShippedRuleFilesLoad() throws {
        let programs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Curriculum/programs")
        #expect(problems(programs).isEmpty)
    }
}
