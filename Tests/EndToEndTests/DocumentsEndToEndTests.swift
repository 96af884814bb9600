import Foundation
import PeerTrackCLI
import Runner
import PeerTrackCore
import Testing

@testable import Tracker

/// Certificates, renewal packets and the dashboard from the built binary, read back by the
/// tools that will read them: qpdf, pdftotext and headless Chromium.
struct DocumentsEndToEndTests {
    private let scratch = ScratchFolder()
    var store: URL { scratch.url.appendingPathComponent("store") }
    var folder: URL { scratch.url }

    @discardableResult
    private func run(_ arguments: [String], user: String = "admin") throws -> PeerTrackProcess.Result {
        let result = try PeerTrackProcess.run(arguments, store: store, user: user)
        #expect(result.status == 0, "\(arguments): \(result.errors)")
        return result
    }

    private static let supervisorCourse = "Supervising NC Certified Peer Support Specialists"

    /// An agency with an accented specialist whose ethics course a trained supervisor verified.
    private func verifiedCertificateStore() throws -> String {
        try run(["init", "--agency", "Piedmont Recovery Alliance"])
        try run(["person", "add", "jose", "--name", "José Ramírez-Núñez"])
        try run(["person", "add", "zoe", "--name", "Zoë Ñandú", "--role", "supervisor", "--login", "zoe"])
        try run(["training", "add", "zoe", "--course", Self.supervisorCourse, "--date", "2025-01-05", "--hours", "3"])
        try run(["certify", "jose", "--date", "2024-03-15", "--override", "certified before this store was kept"])
        let id = try run([
            "ce", "add", "jose", "--date", "2025-02-01", "--hours", "3.5", "--title", "Ethics and Boundaries in Peer Support",
            "--category", "ethics", "--provider", "UNC School of Social Work",
        ]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        try run(["ce", "verify", id, "--as", "zoe"])
        return id
    }

    /// "December 1, 2026" for today, as documents write days.
    private static func longDate(_ day: Day) -> String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return "\(months[day.month - 1]) \(day.day), \(day.year)"
    }

    @Test(.enabled(
        if: DocumentTool.qpdf.isInstalled && DocumentTool.pdftotext.isInstalled,
        "needs qpdf and pdftotext (Debian packages qpdf and poppler-utils) to read the certificate back"))
    func certificateOfAnAccentedNamePassesQpdfAndGivesBackNameCourseHoursAndDates() throws {
        let id = try verifiedCertificateStore()
        let file = folder.appendingPathComponent("certificate.pdf")
        let made = try run(["certificate", id, "-o", file.path])
        #expect(made.output.contains("Wrote the certificate of José Ramírez-Núñez"))
        #expect(BinaryRun.mode(file) == 0o600)
        let check = try DocumentTool.check(file)
        #expect(check.status == 0, "qpdf --check:\n\(check.output)")
        let text = DocumentTool.flattened(try DocumentTool.text(of: file))
        let today = TrackerContext(now: { Date() }, account: "").today
        for expected in [
            "José Ramírez-Núñez", "Ethics and Boundaries in Peer Support", "3.5 hours", "February 1, 2025", "Ethics",
            "UNC School of Social", "Zoë Ñandú", "Verified by supervisor on \(Self.longDate(today))", id, "peertrack certificate check FILE.pdf (record \(id))",
        ] {
            #expect(text.contains(expected), "pdftotext lacks \(expected):\n\(text)")
        }
    }

    @Test(.enabled(if: DocumentTool.qpdf.isInstalled, "needs qpdf (Debian package qpdf) to check the PDF"))
    func aCertificateGoesToStandardOutputOnlyWhenItIsNotATerminal() throws {
        let id = try verifiedCertificateStore()
        let piped = try BinaryRun.bytes(["certificate", id], store: store)
        #expect(piped.status == 0, "\(piped.errors)")
        #expect(piped.bytes.starts(with: Array("%PDF-1.7".utf8)))
        let file = folder.appendingPathComponent("piped.pdf")
        try Data(piped.bytes).write(to: file)
        #expect(try DocumentTool.check(file).status == 0)
        // At a terminal it is refused with a hint, and nothing is written.
        let console = BufferConsole(interactive: true)
        let status = CLI(arguments: ["certificate", id], environment: PeerTrackProcess.environment(store: store, user: "admin"), console: console).run()
        #expect(status == 64)
        #expect(console.errors.contains("not written to a terminal; give -o FILE"))
        #expect(console.outputBytes.isEmpty)
    }

    @Test(.enabled(if: DocumentTool.pdftotext.isInstalled, "needs pdftotext (Debian package poppler-utils) to read the certificate back"))
    func aModuleCompletedInPeerTrackNamesTheModuleTheLessonsReadAndTheQuizScore() throws {
        try run(["init", "--agency", "Piedmont Recovery Alliance"])
        try run(["person", "add", "zoe", "--name", "Zoë Björk", "--login", "zoe"])
        let lessons = [
            "ethics-foundations", "ethics-recovery-honesty-voice", "ethics-choice-power", "ethics-boundaries",
            "ethics-confidentiality-practice", "ethics-role-endings-reporting",
        ]
        var recordID = ""
        try StoreFiller.fill(store, account: "zoe") { tracker in
            let learner = try tracker.learner(as: nil)
            for lesson in lessons { try tracker.recordLesson(lesson, module: "ethics", for: learner) }
            try tracker.recordAttempt(
                quiz: "ethics-quiz", version: 2, seed: 7, questionIDs: ["q1"], answers: "a", started: tracker.timestamp,
                result: QuizAttempt.Score(correct: 23, asked: 25, percent: 92, passed: true), for: learner)
            let award = tracker.awardCE(
                for: ModuleCredit(
                    module: "ethics", moduleTitle: "The NC Certified Peer Support Specialist Code of Ethics", lessons: lessons,
                    quiz: "ethics-quiz", quizTitle: "Code of Ethics", hours: Hours(1), category: "ethics"),
                learner: learner)
            guard case .recorded(let record) = award else { Issue.record("no CE award: \(award)"); return }
            recordID = record.id
        }
        let file = folder.appendingPathComponent("module.pdf")
        try run(["certificate", recordID, "-o", file.path])
        let text = DocumentTool.flattened(try DocumentTool.text(of: file))
        for expected in [
            "Zoë Björk", "Completed in PeerTrack: The NC Certified Peer Support Specialist Code of Ethics",
            "Where the code comes from and the values it rests on", "Rules 7-10: choice, shared power and fair treatment",
            "Quiz score: 23 of 25 (92%)", "1 hour", "Piedmont Recovery Alliance (in-service)",
        ] {
            #expect(text.contains(expected), "pdftotext lacks \(expected):\n\(text)")
        }
    }

    /// Sixty CE titles: most short, some long enough to wrap in the table.
    static let sixtyTitles: [String] = (1...60).map { index in
        let topics = ["Recovery stories", "WRAP refresher", "Trauma-informed care", "Motivational interviewing", "Crisis de-escalation"]
        let title = "Course \(index < 10 ? "0" : "")\(index): \(topics[index % topics.count])"
        return index % 15 == 0 ? title + " for peer support specialists working in crisis and respite settings" : title
    }

    @Test(.enabled(
        if: DocumentTool.qpdf.isInstalled && DocumentTool.pdftotext.isInstalled,
        "needs qpdf and pdftotext (Debian packages qpdf and poppler-utils) to read the packet back"))
    func thePacketOfSixtyRecordsSpansSeveralPagesWithEveryTitle() throws {
        try run(["init", "--agency", "Piedmont Recovery Alliance"])
        try run(["person", "add", "ana", "--name", "Ana Díaz"])
        try run(["certify", "ana", "--date", "2024-03-15", "--number", "NC-1234", "--override", "certified before this store was kept"])
        try StoreFiller.fill(store) { tracker in
            for (index, title) in Self.sixtyTitles.enumerated() {
                try tracker.addCE(
                    person: "ana", date: Day("2024-04-01")!.adding(days: index * 9), hours: Hours(hundredths: 50 + 25 * (index % 4)),
                    title: title, category: index % 6 == 0 ? "ethics" : "general", provider: index % 2 == 0 ? "UNC School of Social Work" : nil)
            }
        }
        let file = folder.appendingPathComponent("packet.pdf")
        let made = try run(["export", "packet", "ana", "--on", "2026-01-15", "-o", file.path])
        #expect(made.output.contains("60 CE records"))
        #expect(BinaryRun.mode(file) == 0o600)
        let check = try DocumentTool.check(file)
        #expect(check.status == 0, "qpdf --check:\n\(check.output)")
        let text = try DocumentTool.text(of: file)
        let pages = text.split(separator: "\u{0C}").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        #expect(pages.count >= 3, "\(pages.count) pages")
        for (index, page) in pages.enumerated() {
            #expect(page.contains("Page \(index + 1) of \(pages.count)"))
        }
        let flat = DocumentTool.flattened(text)
        for expected in ["Ana Díaz", "2026-03-31", "2026-04-30", "Continuing education records (60)"] {
            #expect(flat.contains(expected), "packet lacks \(expected)")
        }
        for title in Self.sixtyTitles {
            // A long title wraps inside its cell: each of its lines is in the text, in order.
            let words = title.split(separator: " ").map(String.init)
            var rest = Substring(flat)
            for word in words {
                guard let found = rest.range(of: word) else {
                    Issue.record("packet lacks \"\(title)\" (at \"\(word)\")")
                    break
                }
                rest = rest[found.upperBound...]
            }
            if title.count < 40 { #expect(flat.contains(title), "packet lacks \"\(title)\" in one piece") }
        }
    }

    /// An agency with someone in every state on 2026-01-15, unverified records, and a
    /// supervisor without supervisor training.
    private func dashboardStore() throws {
        try run(["init", "--agency", "Piedmont Recovery Alliance"])
        for (id, name, award) in [
            ("ana", "Ana Díaz", "2024-03-15"), ("ben", "Ben Okafor", "2023-11-10"), ("cruz", "Cruz Medina", "2023-12-05"),
            ("dee", "Dee Nguyen", "2025-06-01"), ("eli", "Eli Brooks", ""),
        ] {
            try run(["person", "add", id, "--name", name])
            if !award.isEmpty { try run(["certify", id, "--date", award, "--override", "certified before this store was kept"]) }
        }
        try run(["person", "add", "sam", "--name", "Sam Lee", "--role", "supervisor", "--login", "sam"])
        try run(["person", "add", "kim", "--name", "Kim Roe", "--role", "supervisor"])
        try run(["training", "add", "sam", "--course", Self.supervisorCourse, "--date", "2025-01-05", "--hours", "3"])
        let ethics = try run(["ce", "add", "ana", "--date", "2025-02-01", "--hours", "3", "--title", "Ethics and boundaries", "--category", "ethics"])
        try run(["ce", "verify", ethics.output.trimmingCharacters(in: .whitespacesAndNewlines), "--as", "sam"])
        try run(["ce", "add", "ana", "--date", "2025-05-01", "--hours", "6", "--title", "WRAP facilitator & co-facilitator <level 2>", "--category", "general"])
        try run(["ce", "add", "cruz", "--date", "2025-06-01", "--hours", "2", "--title", "Motivational interviewing", "--category", "general"])
    }

    @Test func theDashboardHasHeadersOnEveryTableATitleOnEverySVGAndNothingFromElsewhere() throws {
        try dashboardStore()
        let file = folder.appendingPathComponent("dashboard.html")
        let made = try run(["report", "html", "--on", "2026-01-15", "-o", file.path])
        #expect(made.output.contains("Wrote the dashboard of Piedmont Recovery Alliance (7 people) as of 2026-01-15"))
        #expect(BinaryRun.mode(file) == 0o600)
        let html = try String(contentsOf: file, encoding: .utf8)
        let tables = Self.elements("table", in: html)
        // No one has a supervisor assigned, so the records wait in the unassigned queue alone.
        #expect(tables.count == 3, "who needs action, the unassigned queue, and the applicants by stage")
        #expect(html.contains("<h3>No supervisor assigned <span class=\"note\">(2 records, the oldest from 2025-05-01)</span></h3>"))
        #expect(html.contains("<h2 id=\"applicants-heading\">Applicants by stage</h2>"))
        #expect(html.contains("<tr><td>No course yet</td><td class=\"num\">"))
        for table in tables {
            #expect(table.contains("<thead><tr><th scope=\"col\""), "a table without column headers: \(table.prefix(200))")
        }
        let svgs = Self.elements("svg", in: html)
        #expect(svgs.count == 1 + 3, "the chart and one bar per person who needs action (lapsed, late window, due soon)")
        for svg in svgs {
            #expect(svg.drop { $0 != ">" }.dropFirst().hasPrefix("<title"), "an svg without a leading <title>: \(svg.prefix(160))")
        }
        for absent in ["<script", "http://", "https://", "<link", "@import", "src="] {
            #expect(!html.contains(absent), "the dashboard has \(absent)")
        }
        for expected in [
            "Ana Díaz", "Lapsed", "Late window", "Due soon", "Not certified", "Kim Roe",
            "WRAP facilitator &amp; co-facilitator &lt;level 2&gt;", "Motivational interviewing",
        ] {
            #expect(html.contains(expected), "the dashboard lacks \(expected)")
        }
        // Kim has no supervisor training; the verified record waits in no queue.
        let untrained = try #require(html.range(of: "Supervisors without supervisor training</h2>"))
        #expect(html[untrained.upperBound...].contains("<li>Kim Roe</li>"))
        #expect(!html.contains("Ethics and boundaries"))
        // Without -o the HTML goes to standard output, terminal or not.
        #expect(try run(["report", "html", "--on", "2026-01-15"]).output == html)
    }

    @Test(.enabled(if: DocumentTool.chromium.isInstalled, "needs chromium at /usr/bin/chromium (Debian package chromium) to open the dashboard"))
    func theDashboardOpensInHeadlessChromiumAndDrawsSomething() throws {
        try dashboardStore()
        let page = folder.appendingPathComponent("dashboard.html")
        try run(["report", "html", "--on", "2026-01-15", "-o", page.path])
        let blank = folder.appendingPathComponent("blank.html")
        try Data("<!DOCTYPE html><html><body></body></html>".utf8).write(to: blank)
        let shot = try Self.screenshot(page, named: "dashboard.png")
        let empty = try Self.screenshot(blank, named: "blank.png")
        #expect(shot.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "not a PNG")
        #expect(shot.count > 5 * empty.count, "the screenshot (\(shot.count) bytes) is hardly more than a blank page's (\(empty.count))")
    }

    private static func screenshot(_ page: URL, named name: String) throws -> [UInt8] {
        let output = page.deletingLastPathComponent().appendingPathComponent(name)
        let profile = page.deletingLastPathComponent().appendingPathComponent("profile-\(name)")
        let result = try DocumentTool.chromium.run([
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--hide-scrollbars",
            "--user-data-dir=\(profile.path)", "--screenshot=\(output.path)", "--window-size=1200,1600", page.absoluteString,
        ])
        return try #require(FileManager.default.contents(atPath: output.path).map { [UInt8]($0) }, "no screenshot (exit \(result.status)):\n\(result.output)")
    }

    /// Each `<name ...>...</name>` element of a document, in order (not nested in itself).
    static func elements(_ name: String, in html: String) -> [Substring] {
        var found: [Substring] = []
        var rest = html[...]
        while let start = rest.range(of: "<\(name)"), let end = rest[start.upperBound...].range(of: "</\(name)>") {
            found.append(rest[start.lowerBound..<end.upperBound])
            rest = rest[end.upperBound...]
        }
        return found
    }
}
