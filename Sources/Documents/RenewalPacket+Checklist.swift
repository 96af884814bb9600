import PeerTrackCore

extension RenewalPacket {
    /// The applicant's part of an application packet: who, the course, the deadline.
    static func drawApplicant(_ content: PacketContent, in flow: inout PageFlow) {
        flow.heading("Applicant", keepWith: 90)
        FieldGrid(fields: [
            ("Name", content.personName),
            ("PeerTrack ID", content.personID),
            ("Apply by", content.deadline.map(\.description) ?? "MISSING: no approved course on record"),
        ]).draw(in: &flow)
    }

    /// The step's checklist: every requirement, "Met" or "MISSING", with what meets it.
    static func drawChecklist(_ content: PacketContent, in flow: inout PageFlow) {
        guard !content.checklist.isEmpty else { return }
        let met = content.checklist.filter(\.met).count
        let table = Table(
            columns: [
                .init(title: "Requirement", weight: 30),
                .init(title: "State", weight: 12),
                .init(title: "Figures", weight: 22),
                .init(title: "On record", weight: 36),
            ],
            caption: "Checklist (\(met) of \(content.checklist.count) met)", fontSize: 8.5)
        table.draw(
            content.checklist.map { line in
                Table.Row(cells: [
                    line.name, line.met ? "Met" : "MISSING", line.figures, line.details.isEmpty ? "\u{2014}" : line.details.joined(separator: "; "),
                ])
            }, in: &flow)
        if met < content.checklist.count {
            flow.paragraph(
                "Items marked MISSING are not on record yet; the \(content.stage.rawValue) is complete when every item is met.",
                size: 8.5, color: .gray, spaceAfter: 4)
        }
    }
}
