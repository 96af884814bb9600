import Documents
import Foundation
import Testing

/// The dashboard is one self-contained, accessible HTML file.
struct DashboardTests {
    let html = Dashboard.html(SampleDashboard.content)

    /// The text of every element with the tag, from its start to its end tag.
    func elements(_ tag: String) -> [Substring] {
        html.components(separatedBy: "<\(tag)").dropFirst().map { piece in
            let end = piece.range(of: "</\(tag)>")?.lowerBound ?? piece.endIndex
            return piece[..<end]
        }
    }

    @Test func everyTableHasColumnHeaders() {
        let tables = elements("table")
        #expect(tables.count == 3)
        for table in tables {
            #expect(table.contains("<thead><tr><th scope=\"col\""))
        }
    }

    @Test func everySVGStartsWithATitle() {
        let svgs = elements("svg")
        #expect(svgs.count == 1 + SampleDashboard.content.people.count)
        for svg in svgs {
            let afterTag = svg.drop { $0 != ">" }.dropFirst()
            #expect(afterTag.hasPrefix("<title"), "svg without a leading <title>: \(svg.prefix(120))")
            #expect(svg.contains("role=\"img\""))
        }
    }

    @Test func chartHasATextAlternativeWithEveryCount() {
        #expect(html.contains("aria-labelledby=\"chart-title chart-desc\""))
        #expect(
            html.contains(
                "<desc id=\"chart-desc\">Lapsed: 2 (cross-hatched bar). Late window: 1 (diagonal stripes bar)."
                    + " Due soon: 2 (dotted bar). Current: 4 (solid bar). Not certified: 1 (horizontal stripes bar).</desc>"))
    }

    @Test func pageHasNoScriptsAndNoOutsideResources() {
        let lower = html.lowercased()
        for forbidden in ["<script", "<link", "<img", "<iframe", "@import", "http://", "https://", "src=", "javascript:"] {
            #expect(!lower.contains(forbidden), "found \(forbidden)")
        }
        // The only url() references are the chart's own patterns.
        let references = lower.components(separatedBy: "url(").dropFirst()
        #expect(references.allSatisfy { $0.hasPrefix("#fill-") })
        #expect(html.contains("<style>") && html.contains("@media print"))
    }

    @Test func everyTextIsEscaped() {
        #expect(!html.contains(SampleDashboard.hostileName))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Bob&quot;"))
        #expect(html.contains("Cardinal Peer Agency &amp; Friends"))
        #expect(html.contains("Motivational Interviewing &lt;Basics&gt;"))
        #expect(html.contains("Seán O&#39;Brien"))
        #expect(html.contains("José Ramírez") && html.contains("Zoë Ñúñez"))
    }

    @Test func peopleAreListedMostUrgentFirstThenByDueDate() throws {
        let table = try #require(elements("table").first)
        let order = ["Chris O&#39;Neal", "Malik Johnson", "Zoë Ñandú-Björk", "Dana Whitfield", "José Ramírez",
            "Lena Hoffmann", "Priya Natarajan", "Sam Lee", "Ana Ruiz", "&lt;script&gt;"]
        let positions = try order.map { name in try #require(table.range(of: name)?.lowerBound, "missing \(name)") }
        #expect(positions == positions.sorted())
    }

    @Test func summaryCountsEveryState() {
        let counts = SampleDashboard.content.counts
        #expect(counts == [.lapsed: 2, .grace: 1, .dueSoon: 2, .current: 4, .notCertified: 1])
        #expect(html.contains("<span class=\"count\">4</span><span class=\"label\">Current</span>"))
    }

    @Test func emptyAgencySaysSoInsteadOfEmptyTables() {
        let empty = Dashboard.html(.init(agency: "New Agency", onDate: SampleContent.day("2026-01-01"), people: [], queues: [], untrainedSupervisors: []))
        #expect(!empty.contains("<table"))
        #expect(empty.contains("Nobody is tracked yet."))
        #expect(empty.contains("No records are waiting for verification."))
        #expect(empty.contains("Every supervisor has completed supervisor training."))
    }
}
