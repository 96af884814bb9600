import Documents
import Foundation
import TestTools
import Testing

/// The dashboard opens in headless Chromium and draws something.
struct DashboardScreenshotTests {
    @Test(.enabled(if: ExternalTool.chromium.isInstalled, "chromium is not installed at /usr/bin/chromium (Debian package chromium): dashboard not rendered"))
    func dashboardScreenshotIsNotBlank() throws {
        let scratch = try ScratchFolder()
        let page = try scratch.write(Array(Dashboard.html(SampleDashboard.content).utf8), named: "dashboard.html")
        let blankPage = try scratch.write(Array("<!DOCTYPE html><html><body></body></html>".utf8), named: "blank.html")
        let shot = try Self.screenshot(of: page, in: scratch, named: "dashboard.png")
        let blank = try Self.screenshot(of: blankPage, in: scratch, named: "blank.png")
        print("chromium screenshot: dashboard.png \(shot.count) bytes, blank page \(blank.count) bytes")
        #expect(Array(shot.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "not a PNG")
        #expect(Self.size(ofPNG: shot) == [1200, 1600])
        #expect(Self.size(ofPNG: blank) == [1200, 1600])
        #expect(shot.count > 20_000)
        #expect(shot.count > 5 * blank.count)
        _ = try scratch.write(shot, named: "dashboard.png")
    }

    static func screenshot(of page: String, in scratch: ScratchFolder, named name: String) throws -> [UInt8] {
        let output = scratch.url.appendingPathComponent(name).path
        let profile = scratch.url.appendingPathComponent("profile-\(name)").path
        let result = try ExternalTool.chromium.run(
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--hide-scrollbars", "--user-data-dir=\(profile)", "--screenshot=\(output)", "--window-size=1200,1600",
                URL(fileURLWithPath: page).absoluteString,
            ], timeout: 120)
        let bytes = FileManager.default.contents(atPath: output).map { [UInt8]($0) }
        return try #require(bytes, "chromium made no screenshot (exit \(result.status)):\n\(result.output)")
    }

    /// The width and height in a PNG's IHDR chunk.
    static func size(ofPNG bytes: [UInt8]) -> [Int] {
        guard bytes.count >= 24 else { return [] }
        func int(_ offset: Int) -> Int { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        return [int(16), int(20)]
    }
}
