extension Dashboard {
    /// The weakest topics across the specialists, with "N more": the full list is
    /// `peertrack report mastery`.
    static func mastery(_ content: DashboardContent) -> String {
        guard let mastery = content.mastery else { return "" }
        var html = "<section aria-labelledby=\"mastery-heading\">\n<h2 id=\"mastery-heading\">Weakest topics of the code</h2>\n"
        let due = "\(mastery.due) \(mastery.due == 1 ? "question is" : "questions are") due for review today"
        html += "<p class=\"note\">Across \(mastery.specialists) \(mastery.specialists == 1 ? "specialist" : "specialists"): "
            + "the mean recall expected today (FSRS) of the questions they have met; \(due).</p>\n"
        guard !mastery.weakest.isEmpty else {
            return html + "<p class=\"note\">No specialist has answered a quiz question yet.</p>\n</section>\n"
        }
        html += "<table class=\"mastery\">\n"
        html += "<thead><tr><th scope=\"col\">Topic</th><th scope=\"col\" class=\"num\">Recall</th>"
        html += "<th scope=\"col\" class=\"num\">Specialists</th><th scope=\"col\" class=\"num\">Questions never met</th></tr></thead>\n<tbody>\n"
        for topic in mastery.weakest {
            let percent = Int((topic.retrievability * 100).rounded())
            html += "<tr><th scope=\"row\">\(HTMLText.escape(topic.title))<span class=\"id\">\(HTMLText.escape(topic.id))</span></th>"
            html += "<td class=\"num\">\(percent)%</td><td class=\"num\">\(topic.people)</td><td class=\"num\">\(topic.unmet)</td></tr>\n"
        }
        html += "</tbody>\n</table>\n"
        if mastery.more > 0 {
            html += "<p class=\"note\">\(mastery.more) more \(mastery.more == 1 ? "topic" : "topics"): `peertrack report mastery` lists them all.</p>\n"
        }
        return html + "</section>\n"
    }
}
