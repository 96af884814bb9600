extension Dashboard {
    /// Applicants counted by stage of the initial application.
    static func applicants(_ content: DashboardContent) -> String {
        guard !content.applicants.isEmpty else { return "" }
        var html = "<section aria-labelledby=\"applicants-heading\">\n<h2 id=\"applicants-heading\">Applicants by stage</h2>\n"
        html += "<table>\n<thead><tr><th scope=\"col\">Stage</th><th scope=\"col\" class=\"num\">People</th></tr></thead>\n<tbody>\n"
        for stage in content.applicants {
            html += "<tr><td>\(HTMLText.escape(stage.label))</td><td class=\"num\">\(stage.count)</td></tr>\n"
        }
        html += "</tbody>\n</table>\n</section>\n"
        return html
    }
}
