import PeerTrackCore

/// The agency dashboard: one self-contained HTML5 file with no scripts and no outside
/// resources, which opens from disk and prints well.
public enum Dashboard {
    /// The dashboard's HTML. Every text from the content is escaped.
    public static func html(_ content: DashboardContent) -> String {
        let title = "\(content.agency): certification dashboard, \(content.onDate)"
        let people = "\(content.people.count) \(content.people.count == 1 ? "person" : "people")"
        let meta = "\(content.agency) · as of \(Wording.longDate(content.onDate)) · \(people)"
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLText.escape(title))</title>
            <style>
            \(DashboardStyle.css)</style>
            </head>
            <body>
            <header>
            <h1>Certification dashboard</h1>
            <p class="meta">\(HTMLText.escape(meta))</p>
            </header>
            <main>

            """
        html += summary(content)
        html += peopleTable(content)
        html += queues(content)
        html += untrained(content)
        html += applicants(content)
        html += mastery(content)
        html += """
            </main>
            <footer>Made by PeerTrack from the agency's records on \(content.onDate). Colours follow the Okabe-Ito \
            palette; every state also has its own pattern and name.</footer>
            </body>
            </html>

            """
        return html
    }

    private static func summary(_ content: DashboardContent) -> String {
        let counts = content.counts
        var html = "<section aria-labelledby=\"summary-heading\">\n<h2 id=\"summary-heading\">Summary</h2>\n<div class=\"summary\">\n"
        html += "<ul class=\"cards\">\n"
        for state in DashboardContent.State.byUrgency {
            html += "<li><span class=\"swatch s-\(StatePalette.key(state))\" aria-hidden=\"true\"></span>"
            html += "<span class=\"count\">\(counts[state] ?? 0)</span><span class=\"label\">\(HTMLText.escape(state.label))</span></li>\n"
        }
        html += "</ul>\n<figure>\n"
        html += StateChart.svg(counts: counts, onDate: content.onDate.description)
        html += "\n<figcaption>Each bar is labelled with its state and count; the patterns (cross-hatched lapsed,"
        html += " striped late window, dotted due soon, solid current, lined not certified) keep the states apart"
        html += " without colour.</figcaption>\n"
        html += "</figure>\n</div>\n</section>\n"
        return html
    }
}
