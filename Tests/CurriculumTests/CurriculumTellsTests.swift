import Foundation
import Testing

@testable import Curriculum

/// The shipped curriculum gives a test-wise guesser nothing from the two tells of this
/// domain (issue 22): a choice naming the supervisor or a procedure, and a true/false
/// statement that quotes someone. Each cue may be right at most half the time.
private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

struct CurriculumTellsTests {
    let questions: [Question]

    init() throws {
        questions = try ContentLoader(root: repository).load().quizzes.flatMap(\.questions)
    }

    /// A choice that names the supervisor or a procedure: "talk it over with your
    /// supervisor", "follow the agency's policy", "the crisis procedure", "protocol".
    static var supervisorCue: Regex<AnyRegexOutput> { try! Regex(#"(?i)\bsupervisors?\b|\bpolic(y|ies)\b|\bprocedures?\b|\bprotocols?\b|\bagency's process\b"#) }

    /// A statement that quotes someone's claim: a verb of saying, then a quotation of at
    /// least three words ("A coworker says, "HIPAA covers everyone"").
    static var quotedClaim: Regex<AnyRegexOutput> { try! Regex(
        #"(?i)\b(say|says|said|tell|tells|told|answer|answers|answered|write|writes|wrote|post|posts|posted|insist|insists|claim|claims|argue|argues|explain|explains|explained|warn|warns)\b[^"“]{0,80}["“]([^"”]+)["”]"#) }

    static func hasSupervisorCue(_ text: String) -> Bool { text.contains(supervisorCue) }

    static func quotesAClaim(_ prompt: String) -> Bool {
        prompt.matches(of: quotedClaim).contains { match in
            let quoted = match.output[2].substring ?? ""
            return quoted.split(separator: " ").count >= 3
        }
    }

    @Test func aChoiceNamingTheSupervisorOrAProcedureIsRightAtMostHalfTheTime() {
        let cued = questions.compactMap { question -> [Choice]? in
            guard case .singleChoice(let choices) = question.kind, choices.contains(where: { Self.hasSupervisorCue($0.text) }) else { return nil }
            return choices
        }
        let right = cued.filter { choices in choices.contains { $0.isCorrect && Self.hasSupervisorCue($0.text) } }
        #expect(cued.count >= 20, "the cue is common in this domain; if it vanished, the pattern is wrong")
        #expect(Double(right.count) <= 0.5 * Double(cued.count), "the supervisor/procedure choice is correct in \(right.count) of \(cued.count) single-choice items")
    }

    @Test func aQuotedTrueFalseClaimIsFalseAtMostHalfTheTime() {
        let quoted = questions.compactMap { question -> Bool? in
            guard case .trueFalse(let answer) = question.kind, Self.quotesAClaim(question.prompt) else { return nil }
            return answer
        }
        let falseOnes = quoted.filter { !$0 }.count
        #expect(quoted.count >= 8)
        #expect(Double(falseOnes) <= 0.5 * Double(quoted.count), "\(falseOnes) of \(quoted.count) quoted true/false statements are false")
    }

    @Test func theCuePatternsFindWhatTheyAreMeantToFind() {
        #expect(Self.hasSupervisorCue("Talk it over with your supervisor first."))
        #expect(Self.hasSupervisorCue("Follow the agency's policy."))
        #expect(Self.hasSupervisorCue("Follow your after-hours crisis procedure now."))
        #expect(!Self.hasSupervisorCue("Unmatch without replying, and keep things professional."))
        #expect(Self.quotesAClaim(#"A coworker says, "HIPAA covers every person in the state." True or false?"#))
        #expect(Self.quotesAClaim("A friend tells her, “They have to do whatever you ask.” True or false?"))
        #expect(!Self.quotesAClaim(#"Someone asks what "nothing about us without us" meant. True or false?"#))
        #expect(!Self.quotesAClaim(#"A staff member calls her "difficult." True or false?"#))
    }
}
