import PeerTrackCore

extension Dashboard {
    /// The people who need action, most urgent first (at most `peopleShown`), each with a
    /// small bar of their hours.
    static func peopleTable(_ content: DashboardContent) -> String {
        var html = "<section aria-labelledby=\"people-heading\">\n<h2 id=\"people-heading\">Who needs action, most urgent first</h2>\n"
        guard !content.people.isEmpty else {
            return html + "<p class=\"note\">Nobody is tracked yet.</p>\n</section>\n"
        }
        let needing = content.peopleNeedingAction
        guard !needing.isEmpty else {
            return html + "<p class=\"note\">Nobody is lapsed, in the late window or due soon.</p>\n</section>\n"
        }
        let shown = needing.prefix(DashboardContent.peopleShown)
        html += "<table class=\"people\">\n<caption>Lapsed first, then the late window and due soon;"
        html += " within each, the earliest due date first.</caption>\n"
        html += header(["Person", "State", "Due", "Counted", "Verified", "Needed", "Hours"], numeric: [3, 4, 5])
        html += "<tbody>\n"
        for person in shown {
            html += "<tr><th scope=\"row\">\(HTMLText.escape(person.name))<span class=\"id\">\(HTMLText.escape(person.id))</span></th>"
            html += "<td><span class=\"state\"><span class=\"swatch s-\(StatePalette.key(person.state))\" aria-hidden=\"true\"></span>"
            html += "\(HTMLText.escape(person.state.label))</span></td>"
            html += "<td class=\"due\">\(due(person.due, on: content.onDate))</td>"
            html += "<td class=\"num\">\(person.counted)</td><td class=\"num\">\(person.verified)</td><td class=\"num\">\(person.needed)</td>"
            html += "<td>\(HoursBar.svg(for: person))</td></tr>\n"
        }
        html += "</tbody>\n</table>\n"
        if needing.count > shown.count {
            html += "<p class=\"note\">And \(needing.count - shown.count) more; <code>peertrack report due</code> lists everyone who needs action.</p>\n"
        }
        html += "<p class=\"legend\"><span><span class=\"key key-counted\"></span>hours counted</span>"
        html += "<span><span class=\"key key-verified\"></span>of those, verified (the thin dark bar)</span>"
        html += "<span><span class=\"key key-needed\"></span>hours needed (the black mark)</span></p>\n"
        return html + "</section>\n"
    }

    /// Each supervisor's unverified records.
    static func queues(_ content: DashboardContent) -> String {
        var html = "<section aria-labelledby=\"queues-heading\">\n<h2 id=\"queues-heading\">Waiting for a supervisor's verification</h2>\n"
        let waiting = (content.queues + [content.unassigned].compactMap { $0 }).filter { $0.total > 0 }
        guard !waiting.isEmpty else {
            return html + "<p class=\"note\">No records are waiting for verification.</p>\n</section>\n"
        }
        for queue in waiting {
            let count = queue.total
            var size = "\(count) \(count == 1 ? "record" : "records")"
            if let oldest = queue.records.first { size += ", the oldest from \(oldest.date)" }
            html += "<h3>\(HTMLText.escape(queue.supervisorName)) <span class=\"note\">(\(size))</span></h3>\n"
            html += "<table class=\"queue\">\n"
            html += header(["Record", "Person", "Date", "Title", "Hours"], numeric: [4])
            html += "<tbody>\n"
            for record in queue.records {
                html += "<tr><td>\(HTMLText.escape(record.recordID))</td><td>\(HTMLText.escape(record.personName))</td>"
                html += "<td class=\"due\">\(record.date)</td><td>\(HTMLText.escape(record.title))</td><td class=\"num\">\(record.hours)</td></tr>\n"
            }
            html += "</tbody>\n</table>\n"
            if queue.more > 0 {
                let how = queue.supervisorID.map { "<code>peertrack ce pending --as \(HTMLText.escape($0))</code> lists them all" }
                    ?? "<code>peertrack person assign ID --supervisor SUPERVISOR</code> puts a person's records in a queue"
                html += "<p class=\"note\">And \(queue.more) more, newer; \(how).</p>\n"
            }
        }
        return html + "</section>\n"
    }

    /// Supervisors who have not completed supervisor training.
    static func untrained(_ content: DashboardContent) -> String {
        var html = "<section aria-labelledby=\"untrained-heading\">\n<h2 id=\"untrained-heading\">Supervisors without supervisor training</h2>\n"
        guard !content.untrainedSupervisors.isEmpty else {
            return html + "<p class=\"note\">Every supervisor has completed supervisor training.</p>\n</section>\n"
        }
        html += "<p class=\"note\">Until they complete it, these supervisors' verifications do not count.</p>\n<ul class=\"names\">\n"
        for name in content.untrainedSupervisors {
            html += "<li>\(HTMLText.escape(name))</li>\n"
        }
        return html + "</ul>\n</section>\n"
    }

    private static func header(_ titles: [String], numeric: Set<Int>) -> String {
        let cells = titles.enumerated().map { index, title in
            "<th scope=\"col\"\(numeric.contains(index) ? " class=\"num\"" : "")>\(HTMLText.escape(title))</th>"
        }
        return "<thead><tr>\(cells.joined())</tr></thead>\n"
    }

    private static func due(_ day: Day?, on today: Day) -> String {
        guard let day else { return "\u{2014}" }
        return "\(day)<small>\(day.relative(to: today))</small>"
    }
}
