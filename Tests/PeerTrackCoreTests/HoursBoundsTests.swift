import PeerTrackCore
import Testing

struct HoursBoundsTests {
    @Test(arguments: ["0", "3", "1.5", "0.25", "999999.99", "000001.5"])
    func plainDecimalsOfAtMostSixAndTwoDigitsAreRead(text: String) {
        #expect(Hours(text) != nil)
    }

    @Test(arguments: [
        "99999999999999999999", "1234567", "1.123", "1." + String(repeating: "9", count: 40), String(repeating: "9", count: 400),
        "9223372036854775807", "", ".5", "1.", "-1", "1e3", "1,5",
    ])
    func anythingLongerOrElseIsRefusedWithoutOverflow(text: String) {
        #expect(Hours(text) == nil)
    }

    @Test func theLargestIsHeldExactly() {
        #expect(Hours("999999.99")?.hundredths == 99_999_999)
        #expect(Hours("000001.5")?.hundredths == 150)
    }
}
