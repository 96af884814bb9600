import Curriculum
import PeerXML

extension BankImport {
    /// The problems `curriculum check` found in the quiz file made from the bank (`quizText`,
    /// read as `quizFile`), each placed where it comes from: the bank's line of the question
    /// it is in, or the bank's first line for the quiz as a whole. A problem in another file
    /// keeps its place.
    public func locate(_ problems: [XMLDiagnostic], quizFile: String, quizText: String) -> [BankDiagnostic] {
        let last = problems.lazy.filter { $0.file == quizFile }.map(\.line).max() ?? 0
        let starts = BankImport.questionStarts(in: quizText, through: last)
        return problems.map { problem in
            let message = problem.message.replacingOccurrences(of: quizFile, with: "the quiz made from \(file)")
            guard problem.file == quizFile else {
                return BankDiagnostic(file: problem.file, line: problem.line, message: message)
            }
            // The last question that starts at or before the problem's line holds it.
            var low = 0
            var high = starts.count
            while low < high {
                let middle = (low + high) / 2
                if starts[middle].line <= problem.line { low = middle + 1 } else { high = middle }
            }
            guard low > 0, let line = questionLines[starts[low - 1].id] else {
                return BankDiagnostic(file: file, line: 1, message: "in the quiz made from it: \(message)")
            }
            return BankDiagnostic(file: file, line: line, message: "in question '\(starts[low - 1].id)' of the quiz made from it: \(message)")
        }
    }

    /// The line each question element of a quiz file starts on, with its id, in file order,
    /// up to line `last`.
    static func questionStarts(in text: String, through last: Int) -> [(line: Int, id: String)] {
        var starts: [(line: Int, id: String)] = []
        for (index, line) in text.split(separator: "\n", maxSplits: max(last, 0), omittingEmptySubsequences: false).prefix(last).enumerated() {
            let content = line.drop { $0 == " " }
            guard content.hasPrefix("<"), let name = content.dropFirst().split(separator: " ", maxSplits: 1).first,
                QuestionKind.elementNames.contains(String(name)),
                let idStart = content.range(of: " id=\"")
            else { continue }
            let rest = content[idStart.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { continue }
            starts.append((index + 1, String(rest[..<end])))
        }
        return starts
    }
}
