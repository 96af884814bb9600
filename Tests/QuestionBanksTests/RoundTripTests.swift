import Curriculum
import Foundation
import QuestionBanks
import Testing

/// Every shipped quiz, written as a bank and read back, gives the same questions: ids,
/// prompts and explanations (white space aside), answers, weights, feedback, sources,
/// rules, values and topics.
struct RoundTripTests {
    static let curriculum: Curriculum? = try? ContentLoader(root: repository).load()
    static let quizIDs = ["certification-quiz", "confidentiality-quiz", "ethics-quiz", "history-quiz", "peer-support-quiz", "rights-quiz"]

    @Test func theShippedQuizzesAreTheOnesRoundTripped() throws {
        let curriculum = try #require(RoundTripTests.curriculum)
        #expect(curriculum.quizzes.map(\.id).sorted() == RoundTripTests.quizIDs)
    }

    @Test(arguments: quizIDs)
    func throughMoodleXML(quizID: String) throws {
        let quiz = try #require(RoundTripTests.curriculum?.quiz(quizID))
        let text = try MoodleXMLWriter.text(of: quiz)
        try expectSameQuestions(quiz, text: text, file: "\(quizID).xml", format: .moodle)
    }

    @Test(arguments: quizIDs)
    func throughGIFT(quizID: String) throws {
        let quiz = try #require(RoundTripTests.curriculum?.quiz(quizID))
        try expectSameQuestions(quiz, text: GIFTWriter.text(of: quiz), file: "\(quizID).gift", format: .gift)
    }

    @Test(arguments: [QuestionBankFormat.moodle, .gift])
    func everyKindWeightAndFeedbackRoundTrips(format: QuestionBankFormat) throws {
        let quiz = try Fixture.bank(format == .moodle ? "forms.xml" : "forms.gift").quiz
        let text = format == .moodle ? try MoodleXMLWriter.text(of: quiz) : GIFTWriter.text(of: quiz)
        try expectSameQuestions(quiz, text: text, file: "again.\(format.fileExtension)", format: format, sourceFile: true)
    }

    private func expectSameQuestions(
        _ quiz: Quiz, text: String, file: String, format: QuestionBankFormat, sourceFile: Bool = false
    ) throws {
        #expect(QuestionBankFormat(guessingFrom: Array(text.utf8)) == format)
        let back = try QuestionBankImporter.importBank(
            Array(text.utf8), file: file, options: BankImportOptions(quizID: quiz.id, moduleID: quiz.moduleID)
        )
        #expect(back.skipped.isEmpty)
        #expect(back.quiz.questions.count == quiz.questions.count)
        #expect(back.quiz.title == quiz.title)
        for (original, read) in zip(quiz.questions, back.quiz.questions) {
            var expected = comparable(original)
            // A bank without sources gets the bank's name as the source, under its new name.
            if sourceFile, original.source.seed == nil, original.source.url == nil { expected.source = read.source }
            #expect(comparable(read) == expected, "\(quiz.id) \(original.id) through \(format.title)")
        }
        if format == .moodle { #expect(back.quiz.description == quiz.description) }
        if !quiz.declaredTopics.isEmpty { #expect(back.quiz.declaredTopics == quiz.declaredTopics) }
    }
}
