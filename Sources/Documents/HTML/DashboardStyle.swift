/// The dashboard's style sheet, inline in the page: system fonts only, readable on screen,
/// and laid out for US Letter when printed (colours and patterns kept in print).
enum DashboardStyle {
    /// The CSS, with one rule per state for its swatch.
    static var css: String {
        base + DashboardContent.State.allCases.map { state in
            ".s-\(StatePalette.key(state)) { background: \(StatePalette.cssBackground(state)); }\n"
        }.joined()
    }

    private static let base = """
        :root { color-scheme: light; --ink: #1b1f24; --muted: #58606b; --rule: #c9ced6; --head: #dde3ee; --navy: #1a3866; }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0 auto; max-width: 1100px; padding: 24px 32px 40px; color: var(--ink); background: #fff;
          font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        header { border-bottom: 3px solid var(--navy); margin-bottom: 8px; }
        h1 { color: var(--navy); font-size: 28px; margin: 0 0 2px; }
        h2 { color: var(--navy); font-size: 20px; margin: 28px 0 8px; border-bottom: 1px solid var(--rule); padding-bottom: 3px; }
        h3 { font-size: 16px; margin: 18px 0 6px; }
        .meta, .note, caption { color: var(--muted); }
        .meta { margin: 0 0 10px; }
        .summary { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
        .cards { list-style: none; display: grid; grid-template-columns: repeat(5, minmax(110px, 1fr)); gap: 10px; padding: 0; margin: 0; flex: 1 1 100%; }
        .cards li { border: 1px solid var(--rule); border-radius: 6px; padding: 10px 12px 10px 22px; position: relative; overflow: hidden; }
        .cards li .swatch { position: absolute; left: 0; top: 0; bottom: 0; width: 10px; height: auto; border: 0; border-right: 1px solid #222; border-radius: 0; }
        .cards .count { display: block; font-size: 30px; font-weight: 700; line-height: 1.1; }
        .cards .label { color: var(--muted); font-weight: 600; }
        figure { margin: 0; }
        figcaption { color: var(--muted); font-size: 13px; max-width: 520px; }
        .chart-label { font: 600 13px system-ui, Arial, sans-serif; fill: var(--ink); }
        .chart-count { font: 700 13px system-ui, Arial, sans-serif; fill: var(--ink); }
        .chart-track { fill: #f3f5f8; }
        table { border-collapse: collapse; width: 100%; margin: 4px 0 10px; font-size: 14px; }
        caption { caption-side: top; text-align: left; font-size: 13px; padding-bottom: 4px; }
        th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--rule); vertical-align: middle; }
        thead th { background: var(--head); color: var(--navy); border-bottom: 2px solid var(--navy); }
        tbody tr:nth-child(even) { background: #f6f8fa; }
        tbody th { font-weight: 600; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .id { display: block; color: var(--muted); font-weight: 400; font-size: 12px; }
        .due { white-space: nowrap; }
        .due small { display: block; color: var(--muted); }
        .state { display: inline-flex; align-items: center; gap: 6px; font-weight: 600; white-space: nowrap; }
        .swatch { display: inline-block; width: 14px; height: 14px; border: 1px solid #222; border-radius: 2px; flex: none; }
        .bar-track { fill: #fff; stroke: #8a929c; stroke-width: 1; }
        .bar-counted { fill: #56B4E9; stroke: #2b6f95; stroke-width: 0.5; }
        .bar-verified { fill: #0b3d6b; }
        .bar-needed { fill: #000; }
        .legend { display: flex; flex-wrap: wrap; gap: 18px; color: var(--muted); font-size: 13px; margin: 4px 0 0; }
        .legend span { display: inline-flex; align-items: center; gap: 6px; }
        .key { display: inline-block; width: 22px; height: 12px; border: 1px solid #2b6f95; }
        .key-counted { background: #56B4E9; }
        .key-verified { background: #0b3d6b; height: 6px; border-color: #0b3d6b; }
        .key-needed { background: #000; width: 3px; height: 16px; border: 0; }
        table.queue { table-layout: fixed; }
        .queue th:nth-child(1) { width: 14%; } .queue th:nth-child(2) { width: 22%; } .queue th:nth-child(3) { width: 14%; }
        .queue th:nth-child(5) { width: 10%; }
        ul.names { columns: 2; padding-left: 20px; }
        footer { margin-top: 32px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--rule); padding-top: 6px; }
        @page { size: letter; margin: 0.55in; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          h2 { break-after: avoid; }
          thead { display: table-header-group; }
          tr, figure, .cards li { break-inside: avoid; }
          .cards { grid-template-columns: repeat(5, 1fr); }
          tbody tr:nth-child(even) { background: #f2f2f2; }
        }

        """
}
