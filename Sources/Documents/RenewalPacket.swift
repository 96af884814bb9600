import Foundation
import PeerTrackCore

/// The packet of a certification step (PDF): for a renewal, the person and certification,
/// hours per category against the minimums and every CE record in the window; for the
/// initial application, the training log (course, additional hours by category against
/// minimums and caps). Both end with the step's checklist (attestations, references), every
/// missing item marked missing, on as many pages as it takes.
public enum RenewalPacket {
    /// The packet's PDF bytes. The same content gives the same bytes apart from the
    /// creation date, which only the document information carries.
    public static func pdf(_ content: PacketContent, created: Date) -> [UInt8] {
        let info = PDFDocumentInfo(
            title: "\(content.stage == .application ? "Application" : "Renewal") packet: \(content.personName) (\(content.personID))",
            author: content.agency, created: created)
        return PDFWriter.document(pages: pages(content), info: info)
    }

    static func pages(_ content: PacketContent) -> [PDFPage] {
        var flow = PageFlow()
        drawTitle(content, in: &flow)
        if content.stage == .application {
            drawApplicant(content, in: &flow)
        } else {
            drawPersonAndCertification(content, in: &flow)
        }
        drawHours(content, in: &flow)
        drawRecords(content, in: &flow)
        drawChecklist(content, in: &flow)
        drawSignatures(in: &flow)
        let footer = "\(content.stage == .application ? "Application" : "Renewal") packet \u{00B7} \(content.personName) (\(content.personID)) \u{00B7} \(content.agency) \u{00B7} as of \(content.onDate)"
        return flow.finished(footer: footer)
    }

    private static func drawTitle(_ content: PacketContent, in flow: inout PageFlow) {
        flow.paragraph(content.stage == .application ? "Application Packet" : "Renewal Packet", font: .bold, size: 22, color: .navy, spaceAfter: 2)
        flow.paragraph(content.programName, font: .regular, size: 12, color: .black, spaceAfter: 2)
        flow.paragraph(
            "Prepared by \(content.agency) on \(Wording.longDate(content.onDate))", font: .regular, size: 9.5, color: .gray,
            spaceAfter: 4)
    }

    private static func drawPersonAndCertification(_ content: PacketContent, in flow: inout PageFlow) {
        flow.heading("Person and certification", keepWith: 90)
        let lastCertification =
            content.lastCertification.map { $0 == content.award ? "\($0) (the initial award)" : $0.description } ?? "\u{2014}"
        FieldGrid(fields: [
            ("Name", content.personName),
            ("PeerTrack ID", content.personID),
            ("Initial award", Wording.day(content.award)),
            ("Last certification", lastCertification),
            ("Renewal due", Wording.day(content.due)),
            ("Late window ends", content.lateWindowEnd.map { "\($0) (late fee \(Wording.dollars(content.lateFee)))" } ?? "\u{2014}"),
        ]).draw(in: &flow)
    }

    private static func drawHours(_ content: PacketContent, in flow: inout PageFlow) {
        let capped = content.categories.contains { $0.cap != nil }
        let table = Table(
            columns: [
                .init(title: "Category", weight: capped ? 34 : 40),
                .init(title: "Counted", weight: capped ? 12 : 14, alignment: .right),
                .init(title: "Verified", weight: capped ? 12 : 14, alignment: .right),
                .init(title: "Minimum", weight: capped ? 12 : 14, alignment: .right),
            ] + (capped ? [.init(title: "At most", weight: 12, alignment: .right)] : []) + [.init(title: "Standing", weight: 18)],
            caption: content.stage == .application ? "Training log: additional hours by category" : "Hours counted toward this renewal")
        var rows = content.categories.map { category in
            Table.Row(cells: [category.name, "\(category.counted)", "\(category.verified)", "\(category.minimum)"]
                + (capped ? [category.cap.map { "\($0)" } ?? "\u{2014}"] : []) + [standing(counted: category.counted, minimum: category.minimum)])
        }
        rows.append(
            Table.Row(
                cells: ["All categories", "\(content.totalCounted)", "\(content.totalVerified)", "\(content.totalRequired)"]
                    + (capped ? [""] : []) + [standing(counted: content.totalCounted, minimum: content.totalRequired)],
                emphasized: true))
        table.draw(rows, in: &flow)
        flow.paragraph(
            "Hours are counted in the current window; verified hours are those a supervisor has confirmed.",
            size: 8.5, color: .gray, spaceAfter: 4)
    }

    private static func standing(counted: Hours, minimum: Hours) -> String {
        counted >= minimum ? "Met" : "Short \(Wording.hours(minimum - counted))"
    }

    private static func drawRecords(_ content: PacketContent, in flow: inout PageFlow) {
        let caption = "Continuing education records (\(content.rows.count))"
        guard !content.rows.isEmpty else {
            flow.heading(caption)
            flow.paragraph("No continuing education records in this window.", color: .gray)
            return
        }
        let table = Table(
            columns: [
                .init(title: "Date", weight: 13),
                .init(title: "Title", weight: 31),
                .init(title: "Hours", weight: 8, alignment: .right),
                .init(title: "Category", weight: 14),
                .init(title: "Provider", weight: 16),
                .init(title: "Verification", weight: 18),
            ],
            caption: caption, fontSize: 8.5)
        table.draw(
            content.rows.map { row in
                Table.Row(cells: [
                    row.date.description, row.title, "\(row.hours)", row.category, row.provider, row.verification,
                ])
            }, in: &flow)
    }

    private static func drawSignatures(in flow: inout PageFlow) {
        flow.heading("Attestation", keepWith: 80)
        flow.paragraph(
            "I attest that the training listed above was completed as shown.", size: 9.5, spaceAfter: 34)
        let gap = 40.0
        let half = (flow.width - gap) / 2
        let (left, y) = (flow.left, flow.y)
        flow.draw { page in
            for (index, label) in ["Specialist signature and date", "Supervisor signature and date"].enumerated() {
                let x = left + Double(index) * (half + gap)
                page.line(from: (x, y), to: (x + half, y), color: .gray, lineWidth: 0.75)
                page.text(label, x: x, y: y - 12, font: .regular, size: 8.5, color: .gray)
            }
        }
        flow.advance(20)
    }
}
