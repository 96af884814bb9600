import PeerXML

extension CurriculumChecker {
    /// Every source that cites a seed document names the seed's file, as the seeds'
    /// README asks: three digits, an underscore, sixteen hex digits and `.txt`
    /// (`001_d8ae2ab73cbc0f97.txt`), not "seed 001" or a title.
    func seedCitations() -> [XMLDiagnostic] {
        var found: [XMLDiagnostic] = []
        func check(_ sources: [Source], _ location: Location, _ what: String) {
            for seed in sources.compactMap(\.seed) where !Self.isSeedFileName(seed) {
                found.append(location.diagnostic(
                    "\(what) cites the seed '\(seed)'; name the seed's file, for example 001_d8ae2ab73cbc0f97.txt"))
            }
        }
        for located in modules {
            for (lesson, location) in zip(located.module.lessons, located.lessonLocations) {
                check(lesson.sources, location, "lesson '\(lesson.id)'")
            }
        }
        for located in quizzes {
            for (question, location) in zip(located.quiz.questions, located.questionLocations) {
                check([question.source], location, "question '\(question.id)'")
            }
        }
        return found
    }

    /// Whether `name` has the shape of a seed file's name: `NNN_` then 16 lower-case hex
    /// digits then `.txt`.
    static func isSeedFileName(_ name: String) -> Bool {
        let characters = Array(name)
        guard characters.count == 24, name.hasSuffix(".txt"), characters[3] == "_" else { return false }
        let digits = characters[0..<3], hex = characters[4..<20]
        return digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber)
            && hex.allSatisfy { $0.isASCII && ($0.isNumber || ("a"..."f").contains($0)) }
    }
}
