import Foundation
import Testing

@testable import Curriculum

/// What the third edition (issue 22) corrected: the law as North Carolina has it, seeds
/// cited by file, the rights module on G.S. 122C Article 3, and dated facts.
private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
private let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")

struct CurriculumThirdEditionTests {
    let curriculum: Curriculum

    init() throws {
        curriculum = try ContentLoader(root: repository).load()
    }

    /// Every text of a question, lower-cased: prompt, explanation, choices, feedback, source.
    var questionTexts: [String] {
        curriculum.quizzes.flatMap(\.questions).map { question in
            ([question.prompt, question.explanation, question.source.title]
                + question.kind.choices.flatMap { [$0.text, $0.feedback ?? ""] }).joined(separator: " ").lowercased()
        }
    }

    /// Every text of a lesson, lower-cased.
    var lessonTexts: [String] {
        curriculum.modules.flatMap(\.lessons).map { lesson in
            let blocks = lesson.blocks.flatMap { block -> [String] in
                switch block {
                case .heading(let text), .paragraph(let text), .keyPoint(let text): [text]
                case .list(let items, _): items
                }
            }
            return (blocks + lesson.sources.map(\.title)).joined(separator: " ").lowercased()
        }
    }

    @Test func everySeedCitationNamesTheSeedsFile() throws {
        let seeds = repository.deletingLastPathComponent().appendingPathComponent("shared/seeds")
        let available = Set((try? FileManager.default.contentsOfDirectory(atPath: seeds.path)) ?? [])
        let sources = curriculum.modules.flatMap(\.lessons).flatMap(\.sources) + curriculum.quizzes.flatMap(\.questions).map(\.source)
        for source in sources {
            if let seed = source.seed {
                #expect(CurriculumChecker.isSeedFileName(seed), "'\(source.title)' cites '\(seed)'")
                if !available.isEmpty { #expect(available.contains(seed), "'\(source.title)' cites '\(seed)', which is not in shared/seeds") }
            } else {
                // A title that names a seed document must come with the seed's file.
                for name in ["peer alliance community", "nc peer support agency", "toolkit appendix", "nc cpss code of ethics"] {
                    #expect(!source.title.lowercased().contains(name), "'\(source.title)' names a seed without its file")
                }
            }
        }
        // Text that speaks of "seed 003" says which file it means.
        for text in questionTexts + lessonTexts {
            #expect(text.firstMatch(of: /seed (document )?\d{3}(?!_)/) == nil, "\(text.prefix(80))...")
        }
    }

    @Test func curriculumCheckRefusesASeedCitedByNumber() throws {
        let problems = try ContentLoader(root: fixtures.appendingPathComponent("content")).check(paths: [fixtures.appendingPathComponent("bad/seed-by-number.xml")])
        #expect(problems.count == 1)
        #expect(problems.first?.line == 4)
        #expect(problems.first?.message.contains("cites the seed 'seed 001'; name the seed's file") == true)
        #expect(CurriculumChecker.isSeedFileName("001_d8ae2ab73cbc0f97.txt"))
        #expect(!CurriculumChecker.isSeedFileName("001.txt"))
        #expect(!CurriculumChecker.isSeedFileName("001_D8AE2AB73CBC0F97.txt"))
    }

    @Test func theRightsQuizRestsOnNorthCarolinaLawWithAtLeastThirtyQuestions() throws {
        let quiz = try #require(curriculum.quiz("rights-quiz"))
        #expect(quiz.questions.count >= 30)
        #expect(quiz.spreadsOverTopics)
        let cites = quiz.questions.map { ($0.source.title + " " + $0.explanation).lowercased() }
        #expect(cites.filter { $0.contains("122c-5") || $0.contains("122c-6") }.count >= 15, "most rights questions cite G.S. 122C Article 3")
        #expect(cites.contains { $0.contains("438") }, "Medicaid appeals: 42 CFR 438 Subpart F")
        // Seed 000's vocational-rehabilitation list appears only as what an agency may add.
        for question in quiz.questions where question.source.seed == "000_8538218a0aa7575a.txt" {
            #expect(question.topic == "agency-additions", "\(question.id)")
        }
        let module = try #require(curriculum.module("rights"))
        let lessons = module.lessons.flatMap(\.sources).compactMap(\.url)
        for section in ["122C-51", "122C-52", "122C-53", "122C-57"] {
            #expect(lessons.contains { $0.contains("GS_\(section)") }, "the rights lessons cite G.S. \(section)")
        }
    }

    /// Each fix of the third edition, caught by at least one question.
    @Test func everyThirdEditionFixHasAQuestion() {
        func asked(_ words: [String]) -> Bool { questionTexts.contains { item in words.allSatisfy(item.contains) } }
        #expect(asked(["14-318.6", "law enforcement"]), "the duty to report crimes against juveniles to law enforcement")
        #expect(asked(["122c-53(b)", "next of kin"]), "next of kin told of an admission or discharge")
        #expect(asked(["164.506(c)"]) && asked(["122c-55(a)"]), "treatment disclosures and care coordination")
        #expect(asked(["164.522(b)"]), "confidential communications")
        #expect(asked(["164.528"]), "an accounting of disclosures")
        #expect(asked(["164.520"]), "the Notice of Privacy Practices")
        #expect(asked(["164.526(d)", "statement of disagreement"]), "the statement of disagreement")
        #expect(asked(["164.402"]) && asked(["164.404"]), "breach notification")
        #expect(asked(["2.65"]), "a criminal investigation and Part 2 records")
        #expect(asked(["164.514(h)"]), "verifying an officer's identity")
        #expect(asked(["122c-54(a)"]), "a court order")
        #expect(asked(["eight sessions"]), "NAMI Peer-to-Peer's current format")
        #expect(asked(["bicêtre", "patient"]), "Pussin had been a patient at Bicêtre")
        #expect(asked(["1990s", "nothing about us without us"]), "when the phrase spread")
        #expect(asked(["intentional peer support", "mutuality"]), "Intentional Peer Support")
        #expect(asked(["threats"]) && asked(["promises of benefits"]), "the code's bans on threats and on promising benefits")
        #expect(asked(["nc cpss program", "in-service"]), "who decides whether an in-service counts")
    }

    /// Claims the review found wrong must not come back.
    @Test func theOverbroadClaimsAreGone() {
        for text in questionTexts + lessonTexts {
            #expect(!text.contains("records go only with"), "\(text.prefix(80))...")
            #expect(!text.contains("call to police does not meet"), "\(text.prefix(80))...")
            #expect(!text.contains("forbidden: everything else"), "\(text.prefix(80))...")
            #expect(!(text.contains("relative") && text.contains("without a release, is a breach")), "\(text.prefix(80))...")
            #expect(!text.contains("agency's call"), "\(text.prefix(80))...")
        }
        let readme = (try? String(contentsOf: repository.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""
        #expect(!readme.contains("agency's call"))
        #expect(readme.contains("NC CPSS Program's decision"))
    }
}
