import Documents
import Foundation
import PeerTrackCore

/// Documents' inputs for the tests: fixed days, accented names, long titles.
enum SampleContent {
    static func day(_ text: String) -> Day {
        guard let day = Day(text) else { fatalError("not a day: \(text)") }
        return day
    }

    static let created = Date(timeIntervalSince1970: 1_772_000_000)  // 2026-02-25T06:13:20Z

    static let certificate = CertificateContent(
        personName: "José Ramírez", courseTitle: "Ethics and Boundaries in Peer Support",
        date: day("2026-03-05"), hours: Hours(hundredths: 350), categoryName: "Ethics",
        provider: "UNC School of Social Work", issuer: "Piedmont Recovery Alliance",
        verification: .init(supervisorName: "Zoë Ñúñez", date: day("2026-03-10")), recordID: "ce-20260305-0042",
        howToCheck: "To check this certificate, ask Piedmont Recovery Alliance to run: peertrack certificate check FILE.pdf (record ce-20260305-0042)")

    static let moduleCertificate = CertificateContent(
        personName: "Zoë Ñandú-Björk", courseTitle: "Recovery-Oriented Language (PeerTrack module)",
        date: day("2024-02-29"), hours: Hours(1), categoryName: "Recovery and wellness",
        provider: "Cardinal Peer Agency (in house)", issuer: "Cardinal Peer Agency", verification: nil, recordID: "tr-0007",
        howToCheck: "To check this certificate, ask Cardinal Peer Agency to run: peertrack certificate check FILE.pdf (record tr-0007)",
        module: .init(
            title: "Recovery-Oriented Language",
            lessonsRead: ["Words that open doors", "Person-first and identity-first language", "Telling your story (safely)"],
            quizScore: "9 of 10 (90%)"))

    /// A packet whose second record's title (1,500 numbered words) is taller than a page.
    static var packetWithPageTallTitle: PacketContent {
        var content = packet(rows: 3)
        content.rows[1].title = (1...1500).map { "w\($0)" }.joined(separator: " ")
        return content
    }

    /// A packet with `rows` CE records whose titles are numbered and some of them long.
    static func packet(rows count: Int) -> PacketContent {
        let categories = ["Ethics", "Recovery and wellness", "Cultural competence", "General"]
        let rows = (0..<count).map { index in
            PacketContent.Row(
                date: day("2024-07-01").adding(days: index * 9),
                title: index % 7 == 3
                    ? "Course \(index + 1): Trauma-informed approaches to crisis support, de-escalation and safety planning in community settings"
                    : "Course \(index + 1): Peer support topic",
                hours: Hours(hundredths: 50 + (index % 4) * 25),
                category: categories[index % categories.count],
                provider: index % 5 == 0 ? "Piedmont Recovery Alliance (Asheville & Boone)" : "NC Peer Academy",
                verification: index % 3 == 0 ? "Not verified" : "Verified by Zoë Ñúñez, 2026-01-0\(index % 9 + 1)")
        }
        return PacketContent(
            agency: "Cardinal Peer Agency", personName: "José Ramírez", personID: "P-0042",
            programName: "NC Certified Peer Support Specialist", award: day("2022-06-15"),
            lastCertification: day("2024-06-15"), due: day("2026-06-15"), lateWindowEnd: day("2026-09-13"), lateFee: 50,
            onDate: day("2026-03-01"),
            categories: [
                .init(name: "Ethics", counted: Hours(3), verified: Hours(2), minimum: Hours(3)),
                .init(name: "Recovery and wellness", counted: Hours(hundredths: 450), verified: Hours(4), minimum: Hours(6)),
                .init(name: "Cultural competence", counted: Hours(2), verified: Hours(2), minimum: Hours(0)),
            ],
            totalCounted: Hours(hundredths: 1850), totalVerified: Hours(12), totalRequired: Hours(20), rows: rows)
    }
}
