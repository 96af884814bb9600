import Documents
import PeerTrackCore
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
        #expect(svgs.count == 1 + SampleDashboard.content.peopleNeedingAction.count)
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
        // The hostile name as someone who needs action, so that it is listed.
        var content = SampleDashboard.content
        content.people = content.people.map { person in
            var person = person
            if person.name == SampleDashboard.hostileName { person.state = .lapsed }
            return person
        }
        let html = Dashboard.html(content)
        #expect(!html.contains(SampleDashboard.hostileName))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Bob&quot;"))
        #expect(html.contains("Cardinal Peer Agency &amp; Friends"))
        #expect(html.contains("Motivational Interviewing &lt;Basics&gt;"))
        #expect(html.contains("Seán O&#39;Brien"))
        #expect(html.contains("José Ramírez") && html.contains("Zoë Ñúñez"))
    }

    @Test func peopleAreListedMostUrgentFirstThenByDueDate() throws {
        let table = try #require(elements("table").first)
        // Lapsed, then the late window, then due soon; the current and the not certified are only counted.
        let order = ["Chris O&#39;Neal", "Malik Johnson", "Zoë Ñandú-Björk", "Dana Whitfield", "José Ramírez"]
        let positions = try order.map { name in try #require(table.range(of: name)?.lowerBound, "missing \(name)") }
        #expect(positions == positions.sorted())
        for current in ["Lena Hoffmann", "Priya Natarajan", "Ana Ruiz"] {
            #expect(!table.contains(current), "\(current) needs no action")
        }
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

/// A dashboard summarizes: a queue shows its oldest records and its size, the people table
/// the first of those who need action; the full lists are commands.
struct DashboardAtSizeTests {
    private static func record(_ index: Int) -> DashboardContent.QueuedRecord {
        DashboardContent.QueuedRecord(
            recordID: String(format: "%016x", index), personName: "Person \(index)", date: Day(daysSinceEpoch: 20_000 + index),
            title: "Course \(index)", hours: Hours(1))
    }

    @Test func aQueueShowsItsTwentyOldestRecordsAndHowManyMore() {
        let queue = DashboardContent.SupervisorQueue(supervisorName: "Sam Lee", supervisorID: "sam", records: (0..<45).map(Self.record))
        #expect(queue.records.count == 20 && queue.total == 45 && queue.more == 25)
        var content = DashboardContent(agency: "A", onDate: Day(daysSinceEpoch: 21_000), people: [], queues: [queue], untrainedSupervisors: [])
        content.unassigned = DashboardContent.SupervisorQueue(supervisorName: "No supervisor assigned", records: (100..<103).map(Self.record))
        let html = Dashboard.html(content)
        #expect(html.contains("<h3>Sam Lee <span class=\"note\">(45 records, the oldest from \(Self.record(0).date))</span></h3>"))
        #expect(html.contains("Course 19<") && !html.contains("Course 20<"), "the twenty oldest only")
        #expect(html.contains("And 25 more, newer; <code>peertrack ce pending --as sam</code> lists them all."))
        #expect(html.contains("<h3>No supervisor assigned <span class=\"note\">(3 records"))
    }

    @Test func thePeopleTableListsTheFirstFiftyWhoNeedAction() {
        let people = (0..<130).map { index in
            DashboardContent.Person(
                id: "p\(index)", name: "Name \(index)", state: index % 2 == 0 ? .dueSoon : .current, due: Day(daysSinceEpoch: 21_000 + index),
                counted: .zero, verified: .zero, needed: Hours(20))
        }
        let html = Dashboard.html(DashboardContent(agency: "A", onDate: Day(daysSinceEpoch: 21_000), people: people, queues: [], untrainedSupervisors: []))
        #expect(html.components(separatedBy: "<tr><th scope=\"row\">").count - 1 == 50)
        #expect(html.contains("And 15 more; <code>peertrack report due</code> lists everyone who needs action."))
        #expect(!html.contains("Name 1<"), "a current person is only counted")
    }
}
