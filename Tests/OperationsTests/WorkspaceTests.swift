import Foundation
import Operations
import Testing

/// Where a workspace works: the machine's zone named from the command's own environment.
struct WorkspaceTests {
    private func workspace(_ environment: [String: String]) -> Workspace {
        Workspace(
            contentOption: nil, storeOption: "/nonexistent", environment: environment, account: "tester", isSuperuser: false,
            now: { Date() }, warn: { _ in })
    }

    @Test(arguments: [
        ("America/New_York", "America/New_York"),
        (":Europe/Paris", "Europe/Paris"),
        ("/usr/share/zoneinfo/Asia/Tokyo", "Asia/Tokyo"),
        ("UTC", "UTC"),
    ])
    func theZoneComesFromTZ(tz: String, expected: String) {
        #expect(workspace(["TZ": tz]).localZone == TimeZone(identifier: expected))
    }

    @Test func withoutTZTheZoneIsTheMachinesAndABadNameFallsBackToFoundations() {
        #expect(workspace([:]).localZone.secondsFromGMT() == TimeZone.current.secondsFromGMT())
        #expect(workspace(["TZ": "Not/AZone"]).localZone == TimeZone.current)
    }
}
