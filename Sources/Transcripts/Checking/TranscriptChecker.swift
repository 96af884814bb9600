import PeerTrackCore
import PeerXML
import Tracker

/// Checks that what a transcript states agrees with the records it carries: the
/// certificate number with the latest award, and the renewal hours (in total and per
/// category, counted, verified and still needed) with the CE records. Given the
/// programs' rules, it also checks the renewal state and dates against them.
public struct TranscriptChecker: Sendable {
    /// Rules to check renewal states and dates against, by program id; empty to check
    /// only the hours.
    public var programs: [String: Program]

    /// Makes a checker.
    public init(programs: [String: Program] = [:]) {
        self.programs = programs
    }

    /// Every problem found, in document order.
    public func check(_ transcript: Transcript) -> [XMLDiagnostic] {
        var diagnostics = TranscriptChecker.check(
            scope: transcript.header.scope, people: transcript.people.count, at: transcript.position, file: transcript.file)
        for person in transcript.people {
            diagnostics += check(person, file: transcript.file)
        }
        return diagnostics.inDocumentOrder
    }

    /// A person's transcript holds one person.
    static func check(scope: TranscriptHeader.Scope, people: Int, at position: SourcePosition, file: String) -> [XMLDiagnostic] {
        guard scope == .person, people != 1 else { return [] }
        return [XMLDiagnostic(
            file: file, line: position.line, column: position.column,
            message: "a PersonTranscript holds exactly one <Person>; this one holds \(people)")]
    }

    /// Every problem of one person's part.
    public func check(_ person: PersonTranscript, file: String) -> [XMLDiagnostic] {
        var diagnostics: [XMLDiagnostic] = []
        func problem(_ part: PersonTranscript.Part, _ message: String) {
            let position = person.position(of: part)
            diagnostics.append(XMLDiagnostic(file: file, line: position?.line ?? 0, column: position?.column ?? 0, message: message))
        }

        let number = PersonTranscript.certificateNumber(person.certifications)
        if person.certificateNumber != number {
            problem(
                .certificateNumber,
                "\(person.id): CertificateNumber is \(quoted(person.certificateNumber)) but the latest award's number is \(quoted(number))")
        }

        let status = person.status
        let counting = PersonTranscript.countingEntries(person)
        let window = status.countsAfter.map { "that count (not void, dated after \($0) and on or before \(status.on))" }
            ?? "that count (none: there is no award on or before \(status.on))"
        let (counted, verified) = (counting.hours, counting.verifiedHours)
        if status.counted != counted {
            problem(.hours, "\(person.id): counted is \(status.counted) hours but the CE records \(window) add up to \(counted)")
        }
        if status.verified != verified {
            problem(.hours, "\(person.id): verified is \(status.verified) hours but the verified CE records \(window) add up to \(verified)")
        }
        var categoryShortfall = Hours.zero
        for category in status.categories {
            let inCategory = counting.inCategory(category.id)
            let (categoryCounted, categoryVerified) = (inCategory.hours, inCategory.verifiedHours)
            if category.counted != categoryCounted {
                problem(
                    .category(category.id),
                    "\(person.id): category \(category.id) counted is \(category.counted) hours but its CE records \(window) add up to \(categoryCounted)")
            }
            if category.verified != categoryVerified {
                problem(
                    .category(category.id),
                    "\(person.id): category \(category.id) verified is \(category.verified) hours but its verified CE records \(window) add up to \(categoryVerified)")
            }
            let needed = max(.zero, category.minimum - categoryCounted)
            if category.shortfall != needed {
                problem(
                    .category(category.id),
                    "\(person.id): category \(category.id) shortfall is \(category.shortfall) hours but the records leave \(needed) still needed (minimum \(category.minimum), \(categoryCounted) counted)")
            }
            categoryShortfall = categoryShortfall + needed
        }
        let shortfall = max(status.required - counted, categoryShortfall, .zero)
        if status.shortfall != shortfall {
            problem(
                .hours,
                "\(person.id): shortfall is \(status.shortfall) hours but the records leave \(shortfall) still needed (\(status.required) required, \(counted) counted, and the category minimums)")
        }

        if let program = programs[person.program] {
            let expected = PersonTranscript.status(person, program: program)
            for difference in StatusSummary.differences(stated: status, expected: expected) {
                problem(.status, "\(person.id): the renewal status does not follow the \(program.id) rules: \(difference)")
            }
        }
        return diagnostics
    }

    private func quoted(_ text: String?) -> String {
        text.map { "'\($0)'" } ?? "absent"
    }
}
