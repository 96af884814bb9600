import Curriculum
import Documents
import Foundation
import PeerTrackCore
import Runner
import Tracker

/// What the documents say, made from the tracker's typed records: the certificate of one
/// record, a person's renewal packet, the agency dashboard.
package enum DocumentContent {
    // MARK: - Certificate

    /// The certificate of a CE or training record that is not voided. `curriculum` names a
    /// module's lessons; without it they are named by their ids.
    package static func certificate(_ id: String, tracker: Tracker, curriculum: () -> Curriculum?) throws -> CertificateContent {
        let record = try tracker.record(id, kinds: [.ce, .training], describing: "CE or training")
        let history = try tracker.history(of: record.person ?? "")
        if let void = history.void(of: record.id) {
            throw OperationError.voidedRecord(id: record.id, at: void.stamp.time, reason: void.reason)
        }
        let agency = tracker.agency ?? "the issuing agency"
        let program = try tracker.program(of: history.person.id)
        let howToCheck = "To check this certificate, ask \(agency) to run: peertrack certificate check FILE.pdf (record \(record.id))"
        if let ce = CERecord(record) {
            let provider = ce.provider.map { $0 == "in-service" ? "\(agency) (in-service)" : $0 } ?? agency
            return CertificateContent(
                personName: history.person.name, courseTitle: ce.title, date: ce.date, hours: ce.hours,
                categoryName: program.category(ce.category)?.name ?? ce.category, provider: provider, issuer: agency,
                verification: history.verification(of: ce.id).map { verification(of: $0, tracker: tracker) },
                recordID: ce.id, howToCheck: howToCheck, module: module(of: ce, history: history, curriculum: curriculum))
        }
        guard let training = TrainingRecord(record) else { throw TrackerError.unknownRecord(id, expected: "CE or training") }
        let isSupervisorCourse = training.course.lowercased() == program.supervisorCourse.lowercased()
        guard let hours = training.hours ?? (isSupervisorCourse ? program.supervisorCourseHours : nil) else {
            throw OperationError.trainingWithoutHours(id: record.id)
        }
        return CertificateContent(
            personName: history.person.name, courseTitle: training.course, date: training.date, hours: hours,
            categoryName: isSupervisorCourse ? "Supervisor training" : "Training", provider: agency, issuer: agency, verification: nil,
            recordID: training.stamp.id, howToCheck: howToCheck)
    }

    /// For CE earned in PeerTrack (a record naming the module, its lessons and the passing
    /// attempt): the module, the lessons read and the quiz score.
    private static func module(of ce: CERecord, history: PersonHistory, curriculum: () -> Curriculum?) -> CertificateContent.Module? {
        guard let attempt = ce.attempt, ce.module != nil || !ce.lessons.isEmpty else { return nil }
        let loaded = curriculum()
        let title = ce.module.flatMap { loaded?.module($0)?.title }
            ?? (ce.title.hasPrefix(moduleTitlePrefix) ? String(ce.title.dropFirst(moduleTitlePrefix.count)) : ce.title)
        let lessons = ce.lessons.map { loaded?.lesson($0)?.1.title ?? $0 }
        let score = history.attempts.first { $0.stamp.id == attempt }?.result.map { result in
            ScoreText.score(correct: result.correct, asked: result.asked, percent: result.percent)
        }
        return CertificateContent.Module(title: title, lessonsRead: lessons, quizScore: score)
    }

    /// How the tracker titles the CE record of a completed module.
    private static let moduleTitlePrefix = "Module completed: "

    private static func verification(of verification: Verification, tracker: Tracker) -> CertificateContent.Verification {
        CertificateContent.Verification(
            supervisorName: tracker.roster.person(verification.supervisor)?.name ?? verification.supervisor,
            date: day(of: verification.stamp.time))
    }

    /// The (UTC) day of a record time.
    private static func day(of time: String) -> Day {
        Day(String(time.prefix(10))) ?? Day(daysSinceEpoch: 0)
    }

    // MARK: - Renewal packet

    /// A person's packet on a day, for the step they are at (the application or the next
    /// renewal): every CE record in the window that is not voided, and the step's checklist.
    package static func packet(_ id: String, on day: Day, tracker: Tracker) throws -> PacketContent {
        try tracker.authorize(.export, subject: id)
        let history = try tracker.history(of: id)
        let status = try tracker.standing(of: history, on: day)
        let renewal = status.renewal
        let path = status.path
        let inWindow = history.continuingEducation.filter { ce in !history.isVoided(ce.id) && path.ceWindow.contains(ce.date) }
        let agency = tracker.agency ?? "the agency"
        let rows = inWindow.sorted { ($0.date, $0.stamp.time) < ($1.date, $1.stamp.time) }.map { ce in
            let verification = history.verification(of: ce.id).map { found in
                let checked = self.verification(of: found, tracker: tracker)
                return "Verified by \(checked.supervisorName), \(checked.date)"
            }
            return PacketContent.Row(
                date: ce.date, title: ce.title, hours: ce.hours, category: status.program.category(ce.category)?.name ?? ce.category,
                provider: ce.provider.map { $0 == "in-service" ? "\(agency) (in-service)" : $0 } ?? agency,
                verification: verification ?? "Not verified")
        }
        var content = PacketContent(
            agency: agency, personName: history.person.name, personID: history.person.id, programName: status.program.name,
            award: renewal.award, lastCertification: renewal.lastCertification, due: renewal.due, lateWindowEnd: renewal.graceEnd,
            lateFee: status.program.lateFee, onDate: day,
            categories: renewal.categories.map {
                PacketContent.CategoryHours(name: $0.name, counted: $0.counted, verified: $0.verified, minimum: $0.minimum)
            },
            totalCounted: renewal.hoursCounted, totalVerified: renewal.hoursVerified, totalRequired: renewal.requiredHours, rows: rows)
        content.checklist = path.checklist.map {
            PacketContent.ChecklistLine(name: $0.name, met: $0.isMet, figures: $0.figures, details: $0.details)
        }
        guard path.stage == .application else { return content }
        content.stage = .application
        content.deadline = path.deadline
        let entries = path.ceWindow.entries(history.ceEntries)
        let hours = path.checklist.first { $0.kind == .hours }
        content.categories = (hours?.categories ?? []).map {
            PacketContent.CategoryHours(name: $0.name, counted: $0.counted, verified: min(entries.inCategory($0.id).verifiedHours, $0.counted), minimum: $0.minimum, cap: $0.cap)
        }
        content.totalCounted = hours?.hoursCounted ?? .zero
        content.totalRequired = hours?.hoursRequired ?? .zero
        content.totalVerified = entries.verifiedHours
        return content
    }

    // MARK: - Dashboard

    /// A CE record waiting for verification, and whose it is.
    package struct Waiting: Sendable {
        var owner: Person
        var record: CERecord

        /// The record as the dashboard shows it.
        var shown: DashboardContent.QueuedRecord {
            DashboardContent.QueuedRecord(recordID: record.id, personName: owner.name, date: record.date, title: record.title, hours: record.hours)
        }
    }

    /// The agency dashboard on a day, from one pass over everyone that keeps only what the
    /// page shows: each person's line, the queues' sizes and oldest records, the counts.
    package static func dashboard(on day: Day, tracker: Tracker, curriculum: Curriculum? = nil) throws -> DashboardContent {
        try tracker.authorize(.report, subject: nil)
        let rules = tracker.standingRules
        let counted = MasteryReport.counted(by: tracker)
        let zone = tracker.timeZone
        var people: [DashboardContent.Person] = []
        var untrained: [String] = []
        var stages: [ApplicantStanding] = []
        var anyApplication = false
        var masteries: [MasteryReport.PersonMastery] = []
        var queues = QueueBuilder()
        try tracker.forEveryone({ history -> (PersonStatus, [Waiting], MasteryReport.PersonMastery?) in
            let mastery = curriculum.flatMap { curriculum in
                counted.contains(history.person.id) ? MasteryReport.person(history, curriculum: curriculum, on: day, zone: zone) : nil
            }
            let waiting = VerificationQueue.waiting(in: history, on: day).map { Waiting(owner: history.person, record: $0) }
            return (try rules.standing(of: history, on: day), waiting, mastery)
        }, consume: { status, waiting, mastery in
            let renewal = status.renewal
            people.append(DashboardContent.Person(
                id: status.person.id, name: status.person.name, state: DashboardContent.State(rawValue: renewal.state.rawValue) ?? .notCertified,
                due: renewal.due, counted: renewal.hoursCounted, verified: renewal.hoursVerified, needed: renewal.requiredHours))
            if !Tracker.supervisorsWithoutTraining([status]).isEmpty { untrained.append(status.person.name) }
            if status.person.role != .admin, let stage = ApplicantStanding(status.path, on: day) { stages.append(stage) }
            if !status.program.application.isEmpty { anyApplication = true }
            if let mastery { masteries.append(mastery) }
            for item in waiting { queues.add(item) }
        })
        var content = DashboardContent(
            agency: tracker.agency ?? "PeerTrack", onDate: day, people: people,
            queues: queues.queues(of: tracker.people.filter { $0.role == .supervisor }), untrainedSupervisors: untrained)
        content.unassigned = queues.unassigned
        if anyApplication {
            content.applicants = ApplicantStanding.allCases.map { stage in
                DashboardContent.StageCount(label: stage.label, count: stages.filter { $0 == stage }.count)
            }
        }
        if curriculum != nil { content.mastery = masteryContent(MasteryReport(day: day, people: masteries)) }
        return content
    }

    /// The dashboard's learning section: the five weakest topics met, and how many more.
    package static func masteryContent(_ report: MasteryReport) -> MasteryContent {
        let met = report.topics.compactMap { topic in
            topic.retrievability.map {
                MasteryContent.Topic(id: topic.topic, title: topic.title, retrievability: $0, people: topic.people, unmet: topic.unmet)
            }
        }
        return MasteryContent(specialists: report.specialists, due: report.due, weakest: Array(met.prefix(5)), more: max(0, met.count - 5))
    }
}
