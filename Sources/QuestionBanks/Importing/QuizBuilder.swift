import Curriculum
import Foundation
import PeerTrackCore

/// Fits a bank's entries into one PeerTrack quiz: the first category names the quiz (its
/// information becomes the quiz's description) and categories below it become topics; a
/// description is shown as part of the question that follows it; every question gets an
/// id, an explanation and a source, whatever the bank gave.
struct QuizBuilder {
    let file: String
    let options: BankImportOptions

    private var quizCategory: (path: [String], idnumber: String?, info: String?)?
    private var topic: QuizTopic?
    private var topics: [QuizTopic] = []
    /// Where each topic id is in `topics`, so that a bank of many categories reads in linear time.
    private var topicIndex: [String: Int] = [:]
    private var pendingNotes: [String] = []
    private var built: [(Question, BankQuestion)] = []
    private(set) var skipped: [SkippedQuestion] = []
    private(set) var notes: [BankDiagnostic] = []
    /// The bank's line of each question of the quiz, by the id it was given.
    private(set) var questionLines: [String: Int] = [:]

    /// The source of a question whose bank names none: the bank file.
    private let fileSource: Source

    init(file: String, options: BankImportOptions) {
        self.file = file
        self.options = options
        self.fileSource = Source(title: URL(fileURLWithPath: file).lastPathComponent)
    }

    mutating func add(_ entries: [BankEntry]) {
        for entry in entries {
            switch entry {
            case .category(let path, let idnumber, let info, _):
                category(path, idnumber: idnumber, info: info)
            case .description(let text, _):
                if !text.isEmpty { pendingNotes.append(text) }
            case .skipped(let question):
                skipped.append(question)
            case .question(let question):
                add(question)
            }
        }
    }

    private mutating func category(_ path: [String], idnumber: String?, info: String?) {
        guard let quiz = quizCategory else {
            quizCategory = (path, idnumber, info)
            topic = nil
            return
        }
        guard path != quiz.path else {
            topic = nil
            return
        }
        let below = path.starts(with: quiz.path) ? Array(path.dropFirst(quiz.path.count)) : Array(path.suffix(1))
        let title = below.joined(separator: " / ")
        let id = idnumber.flatMap(QuizBuilder.validID) ?? QuizBuilder.slug(title)
        if let index = topicIndex[id] {
            topic = topics[index]
        } else {
            let found = QuizTopic(id: id, title: title.isEmpty ? id : title)
            topicIndex[id] = topics.count
            topics.append(found)
            topic = found
        }
    }

    private mutating func add(_ bank: BankQuestion) {
        var prompt = bank.prompt
        if !pendingNotes.isEmpty {
            prompt = (pendingNotes + [prompt]).joined(separator: " ")
            notes.append(BankDiagnostic(file: file, line: bank.line, message: "the description before this question is shown as part of its text"))
            pendingNotes = []
        }
        let (paragraphs, citedSource) = Citation.split(bank.generalFeedback)
        var explanation = (paragraphs + bank.extraExplanation).joined(separator: " ")
        if explanation.isEmpty { explanation = BankConventions.missingExplanation }
        if let grade = bank.defaultGrade, grade != 1, grade > 0 {
            notes.append(BankDiagnostic(
                file: file, line: bank.line,
                message: "the question is worth \(NumericAnswer.text(grade)) marks in the bank; every PeerTrack question counts once"))
        }
        let rule = BankConventions.number(in: bank.tags, prefix: "rule")
        var kind = bank.kind
        if case .multipleSelect(let choices) = kind, bank.tags.contains(BankConventions.eachChoiceCountsTag) {
            kind = .multipleSelect(choices.map { Choice(text: $0.text, isCorrect: $0.isCorrect, feedback: $0.feedback) })
        }
        if case .singleChoice(let choices) = kind, QuizBuilder.isPlainSingle(choices) {
            kind = .singleChoice(choices.map { Choice(text: $0.text, isCorrect: $0.isCorrect, feedback: $0.feedback) })
        }
        if let tagged = BankConventions.topicID(in: bank.tags), let current = topic, current.id != tagged {
            // GIFT's categories carry no id; the tag gives it.
            if let index = topicIndex.removeValue(forKey: current.id) {
                topics[index].id = tagged
                topicIndex[tagged] = topicIndex[tagged] ?? index
            }
            topic?.id = tagged
        }
        var namedTopic = topic?.id
        if namedTopic == rule.map({ "rule-\($0)" }) { namedTopic = nil }
        let question = Question(
            id: "", prompt: prompt, kind: kind, explanation: explanation, source: citedSource ?? fileSource,
            rule: rule, value: BankConventions.number(in: bank.tags, prefix: "value"), topic: namedTopic)
        built.append((question, bank))
    }

    /// The topics the categories named that have questions; once there are any, every
    /// question's topic is among them (a rule of conduct's topic named for its rule), in the
    /// order the questions first ask them.
    static func declaredTopics(_ topics: [QuizTopic], for questions: [Question]) -> [QuizTopic] {
        var firstAsked: [String: Int] = [:]
        for (position, topic) in questions.compactMap(\.topic).enumerated() where firstAsked[topic] == nil {
            firstAsked[topic] = position
        }
        var declared = topics.filter { firstAsked[$0.id] != nil }
        guard !declared.isEmpty else { return [] }
        var named = Set(declared.map(\.id))
        for topic in firstAsked.keys where named.insert(topic).inserted {
            let title = topic.hasPrefix("rule-") ? "Rule \(topic.dropFirst(5)) of the NC CPSS Code of Ethics" : topic
            declared.append(QuizTopic(id: topic, title: title))
        }
        return declared.sorted { (firstAsked[$0.id] ?? 0) < (firstAsked[$1.id] ?? 0) }
    }

    /// Weights of 100 for one choice and 0 for the rest say no more than right and wrong.
    static func isPlainSingle(_ choices: [Choice]) -> Bool {
        choices.filter { $0.effectiveWeight == .full }.count == 1 && choices.allSatisfy { $0.effectiveWeight == .full || $0.effectiveWeight == .zero }
    }

    /// The quiz, or nil when the bank held no question PeerTrack can ask.
    mutating func quiz() -> Quiz? {
        if !pendingNotes.isEmpty {
            notes.append(BankDiagnostic(file: file, line: 0, message: "a description after the last question is left out: no question follows it"))
        }
        guard !built.isEmpty else { return nil }
        let base = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let title = quizCategory?.path.last ?? base
        let quizID = options.quizID ?? quizCategory?.idnumber.flatMap(QuizBuilder.validID) ?? QuizBuilder.slug(quizCategory?.path.last ?? base)
        var used = Set(options.existingQuizzes.filter { $0.id != quizID }.flatMap(\.questions).map(\.id))
        var questions: [Question] = []
        for (index, (question, bank)) in built.enumerated() {
            var question = question
            let candidates = [bank.idnumber, bank.name].compactMap { $0.flatMap(QuizBuilder.validID) }
            let number = index < 9 ? "0\(index + 1)" : "\(index + 1)"
            var id = candidates.first { !used.contains($0) } ?? "\(quizID)-q\(number)"
            var suffix = 2
            while used.contains(id) {
                id = "\(quizID)-q\(number)-\(suffix)"
                suffix += 1
            }
            used.insert(id)
            questionLines[id] = bank.line
            question.id = id
            questions.append(question)
        }
        let shuffles = built.compactMap(\.1.shuffles)
        let description = quizCategory?.info ?? ""
        return Quiz(
            id: quizID, moduleID: options.moduleID, version: 1, title: title, description: description.isEmpty ? nil : description,
            passMark: options.passMark, shufflesChoices: !shuffles.isEmpty && shuffles.allSatisfy { $0 },
            declaredTopics: QuizBuilder.declaredTopics(topics, for: questions), questions: questions)
    }

    /// The text as an id, if it is one: lower-case letters and digits in runs joined by `-`.
    static func validID(_ text: String) -> String? {
        ContentID.isValid(text) ? text : nil
    }

    /// An id made from a name: `Rule 5: Commitments` is `rule-5-commitments`.
    static func slug(_ text: String) -> String {
        var slug = ""
        for character in text.lowercased() {
            if character.isASCII, character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        if slug.count > 60 {
            slug = String(slug.prefix(60))
            while slug.hasSuffix("-") { slug.removeLast() }
        }
        return slug.isEmpty ? "imported" : slug
    }
}
