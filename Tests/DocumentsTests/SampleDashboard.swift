import Documents
import PeerTrackCore

/// A dashboard's input for the tests: every state, accented names, and names that need escaping.
enum SampleDashboard {
    static let hostileName = "<script>alert('x')</script> & \"Bob\""

    static var content: DashboardContent {
        let day = SampleContent.day
        func person(_ id: String, _ name: String, _ state: DashboardContent.State, _ due: String?, _ counted: Int, _ verified: Int)
            -> DashboardContent.Person
        {
            .init(
                id: id, name: name, state: state, due: due.map(day), counted: Hours(hundredths: counted),
                verified: Hours(hundredths: verified), needed: state == .notCertified ? .zero : Hours(20))
        }
        return DashboardContent(
            agency: "Cardinal Peer Agency & Friends", onDate: day("2026-03-01"),
            people: [
                person("P-0001", "Ana Ruiz", .current, "2027-05-01", 1200, 900),
                person("P-0002", "José Ramírez", .dueSoon, "2026-03-20", 1850, 1200),
                person("P-0003", "Zoë Ñandú-Björk", .grace, "2026-02-10", 1400, 1400),
                person("P-0004", "Malik Johnson", .lapsed, "2025-08-01", 600, 200),
                person("P-0005", "Priya Natarajan", .current, "2026-11-30", 2200, 2200),
                person("P-0006", hostileName, .notCertified, nil, 0, 0),
                person("P-0007", "Dana Whitfield", .dueSoon, "2026-03-05", 2000, 1500),
                person("P-0008", "Lena Hoffmann", .current, "2026-09-01", 800, 0),
                person("P-0009", "Chris O'Neal", .lapsed, "2025-06-15", 1000, 1000),
                person("P-0010", "Sam Lee", .current, "2027-01-15", 300, 300),
            ],
            queues: [
                .init(
                    supervisorName: "Zoë Ñúñez",
                    records: [
                        .init(
                            recordID: "ce-0101", personName: "José Ramírez", date: day("2026-02-14"),
                            title: "Motivational Interviewing <Basics>", hours: Hours(3)),
                        .init(recordID: "ce-0102", personName: "Lena Hoffmann", date: day("2026-02-20"), title: "WRAP facilitation", hours: Hours(hundredths: 650)),
                    ]),
                .init(
                    supervisorName: "Robert Greene",
                    records: [
                        .init(recordID: "ce-0103", personName: "Malik Johnson", date: day("2025-07-01"), title: "Ethics refresher", hours: Hours(2)),
                    ]),
            ],
            untrainedSupervisors: ["Seán O'Brien", "Robert Greene"])
    }
}
