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
        return [
            BenchmarkRow(
                name: "\(name): report html (the dashboard, \(pageBytes / 1024) KB)", seconds: dashboard.seconds, peakBytes: dashboard.peakBytes,
                target: "< \(dashboardLimit) s, < 100 MB" + (fileLimit < Int.max ? ", file < 2 MB" : ""),
                met: dashboard.seconds < dashboardLimit && dashboard.peakBytes < 100 * megabyte && pageBytes < fileLimit,
                key: "\(name)_dashboard"),
            BenchmarkRow(
                name: "\(name): export packet, one person", seconds: paper.seconds, peakBytes: paper.peakBytes, target: "< 0.3 s",
                met: paper.seconds < 0.3, key: "\(name)_packet"),
        ]
    }
}
