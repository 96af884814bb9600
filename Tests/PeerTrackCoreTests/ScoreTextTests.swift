import PeerTrackCore
import Testing

/// One way a score reads, on the quiz's screen, in `results` and on a certificate.
struct ScoreTextTests {
    @Test(arguments: [
        (17.0, "17"), (17.5, "17.5"), (17.67, "17.67"), (2.5, "2.5"), (0.0, "0"), (17.666, "17.67"), (19.999, "20"), (0.05, "0.05"),
    ])
    func aNumberRightReadsWholeOrWithUpToTwoDecimals(value: Double, text: String) {
        #expect(ScoreText.correct(value) == text)
    }

    @Test func aScoreReadsTheSameEverywhere() {
        #expect(ScoreText.score(correct: 17.5, asked: 20, percent: 87) == "17.5 of 20 (87%)")
        #expect(ScoreText.score(correct: 20, asked: 20, percent: 100) == "20 of 20 (100%)")
    }
}
