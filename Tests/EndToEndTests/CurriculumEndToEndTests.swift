import Foundation
import Testing
import Curriculum
import Runner

struct CurriculumEndToEndTests {
    let store = PeerTrackProcess.temporaryStore()

    @Test func theShippedCurriculumChecksClean() throws {
        let result = try PeerTrackProcess.run(["curriculum", "check"], store: store)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("no problems"))
        #expect(!(result.output + result.errors).contains("warning"), "no warnings on the shipped content")
    }

    @Test func listShowsEveryModuleWithItsQuiz() throws {
        let text = try PeerTrackProcess.run(["curriculum", "list"], store: store)
        #expect(text.status == 0)
        #expect(text.output.contains("3. The NC Certified Peer Support Specialist Code of Ethics") || text.output.contains("[ethics]"))
        #expect(text.output.contains("[ethics-quiz]"))
        let json = try PeerTrackProcess.run(["curriculum", "list", "--json"], store: store)
        let modules = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        #expect(modules.map { $0["id"] as? String } == ["history", "peer-support", "ethics", "confidentiality", "rights", "certification"])
        let ethics = try #require(modules[2]["quiz"] as? [String: Any])
        #expect(ethics["ceCategory"] as? String == "ethics")
    }

    @Test func checkOfBadFilesPrintsFileLineColumnAndExits1() throws {
        let fixtures = PeerTrackProcess.repository.appendingPathComponent("Tests/CurriculumTests/Fixtures/bad")
        let files = ["malformed.xml", "no-correct-answer.xml", "dangling-module.xml"].map { fixtures.appendingPathComponent($0).path }
        let result = try PeerTrackProcess.run(["curriculum", "check"] + files, store: store)
        #expect(result.status == 1)
        let lines = result.output.split(separator: "\n")
        #expect(lines.count >= 3)
        #expect(Set(lines.map { $0.split(separator: ":")[0] }).count == 3)
        #expect(lines.allSatisfy { $0.range(of: #"^[^:]+\.xml:\d+:\d+: .+"#, options: .regularExpression) != nil })
        #expect(result.output.contains("no-correct-answer.xml:4:"))
        #expect(result.errors.contains("\(lines.count) problem(s) found"))
    }

    @Test func schemasArePrinted() throws {
        for name in ["lesson", "quiz", "program"] {
            let result = try PeerTrackProcess.run(["schema", name], store: store)
            #expect(result.status == 0)
            #expect(result.output.contains("<xs:schema"))
        }
        #expect(try PeerTrackProcess.run(["schema", "recipe"], store: store).status == 64)
    }

    @Test func helpVersionAndUsageErrors() throws {
        let help = try PeerTrackProcess.run(["--help"], store: store)
        #expect(help.status == 0)
        #expect(help.output.contains("curriculum check"))
        #expect(try PeerTrackProcess.run(["--version"], store: store).output.hasPrefix("peertrack "))
        let commandHelp = try PeerTrackProcess.run(["ce", "add", "--help"], store: store)
        #expect(commandHelp.status == 0)
        #expect(commandHelp.output.contains("--category"))
        let unknown = try PeerTrackProcess.run(["frobnicate"], store: store)
        #expect(unknown.status == 64)
        #expect(unknown.errors.contains("unknown command 'frobnicate'"))
        #expect(unknown.errors.contains("--help"))
        let badOption = try PeerTrackProcess.run(["status", "--colour"], store: store)
        #expect(badOption.status == 64)
        #expect(badOption.errors.contains("unknown option '--colour'"))
        #expect(try PeerTrackProcess.run(["person", "add"], store: store).status == 64)
    }

    @Test func withoutATerminalTheToolPrintsHelp() throws {
        let result = try PeerTrackProcess.run([], store: store)
        #expect(result.status == 0)
        #expect(result.output.contains("Usage: peertrack"))
    }
}

struct ShippedDrawTests {
    @Test func everyEthicsAttemptTestsAtLeastTwentyOfTheTwentyOneRules() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let quiz = try #require(try ContentLoader(root: root).load().quiz("ethics-quiz"))
        for seed in UInt64(1)...200 {
            let rules = Set(QuizDraw(quiz: quiz, seed: seed).questions.compactMap(\.question.rule))
            #expect(rules.count >= min(20, quiz.questionsPerAttempt), "seed \(seed) tests \(rules.count) rules")
        }
    }
}
