import Foundation

extension BenchmarkSuite {
    /// The dashboard (`report html`) and one person's packet (`export packet`) at a scale:
    /// a report summarizes, so both stay small and fast however large the store.
    func documentRows(_ name: String, store: URL, dashboardLimit: Double, log: (String) -> Void) throws -> [BenchmarkRow] {
        let page = work.appendingPathComponent("dashboard-\(name).html")
        let packet = work.appendingPathComponent("packet-\(name).pdf")
        let dashboard = try peertrack(store, ["report", "html", "--on", day, "-o", page.path], runs: runs)
        let pageBytes = ((try? FileManager.default.attributesOfItem(atPath: page.path)[.size]) as? Int) ?? 0
        let paper = try peertrack(store, ["export", "packet", "p00042", "--on", day, "-o", packet.path], runs: runs)
        log("\(name): dashboard (\(pageBytes / 1024) KB) and packet measured")
        let megabyte = 1_048_576
        let fileLimit = name == "state" ? 2 * megabyte : Int.max
        var rows = [
            BenchmarkRow(
                name: "\(name): report html (the dashboard, \(pageBytes / 1024) KB)", seconds: dashboard.seconds, peakBytes: dashboard.peakBytes,
                target: "< \(dashboardLimit) s, < 100 MB" + (fileLimit < Int.max ? ", file < 2 MB" : ""),
                met: dashboard.seconds < dashboardLimit && dashboard.peakBytes < 100 * megabyte && pageBytes < fileLimit,
                key: "\(name)_dashboard"),
            BenchmarkRow(
                name: "\(name): export packet, one person", seconds: paper.seconds, peakBytes: paper.peakBytes, target: "< 0.3 s",
                met: paper.seconds < 0.3, key: "\(name)_packet"),
        ]
        if let opened = try chromiumRow(name, page: page, log: log) { rows.append(opened) }
        return rows
    }

    /// Headless Chromium, where Debian installs it.
    static let chromium = "/usr/bin/chromium"

    /// The dashboard opened in headless Chromium, when it is installed: its DOM reaches the
    /// page's footer (the whole page was read) and its screenshot is no blank page (more
    /// than five times a blank page's PNG). The screenshot is kept beside the page.
    func chromiumRow(_ name: String, page: URL, log: (String) -> Void) throws -> BenchmarkRow? {
        guard FileManager.default.isExecutableFile(atPath: Self.chromium) else {
            log("\(name): no \(Self.chromium), so the dashboard was not opened in a browser")
            return nil
        }
        let blank = work.appendingPathComponent("blank.html")
        try Data("<!doctype html><title>blank</title>".utf8).write(to: blank)
        func open(_ file: URL, _ what: [String], output: String = "/dev/null") throws -> RunSample {
            let profile = work.appendingPathComponent("chromium-profile-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: profile) }
            let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--hide-scrollbars", "--user-data-dir=\(profile)"]
            return try ProcessTimer.run(Self.chromium, flags + what + [file.absoluteString], environment: environment, output: output)
        }
        let shot = work.appendingPathComponent("dashboard-\(name).png")
        let blankShot = work.appendingPathComponent("blank.png")
        let dom = work.appendingPathComponent("dashboard-\(name).dom.html")
        let opened = try open(page, ["--screenshot=\(shot.path)", "--window-size=1200,1600"])
        _ = try open(blank, ["--screenshot=\(blankShot.path)", "--window-size=1200,1600"])
        _ = try open(page, ["--dump-dom"], output: dom.path)
        let shotBytes = ((try? FileManager.default.attributesOfItem(atPath: shot.path)[.size]) as? Int) ?? 0
        let blankBytes = ((try? FileManager.default.attributesOfItem(atPath: blankShot.path)[.size]) as? Int) ?? 0
        let domText = (try? String(contentsOf: dom, encoding: .utf8)) ?? ""
        let whole = domText.contains("Made by PeerTrack from the agency's records") && domText.contains("</footer>")
        log("\(name): the dashboard opened in Chromium: screenshot \(shotBytes / 1024) KB (a blank page's is \(blankBytes / 1024) KB), DOM \(whole ? "reaches" : "does not reach") the footer; \(shot.path)")
        return BenchmarkRow(
            name: "\(name): the dashboard in headless Chromium (screenshot \(shotBytes / 1024) KB)", seconds: opened.seconds, peakBytes: opened.peakBytes,
            target: "opens: DOM to the footer, screenshot > 5x a blank page's", met: opened.status == 0 && whole && shotBytes > 5 * blankBytes,
            key: "\(name)_dashboard_chromium")
    }
}
