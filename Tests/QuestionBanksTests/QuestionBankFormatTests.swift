import QuestionBanks
import Testing

struct QuestionBankFormatTests {
    @Test func bothFormatsAreNamedAsTheCommandLineSpellsThem() {
        #expect(QuestionBankFormat.allCases.map(\.rawValue) == ["moodle", "gift"])
    }
}
