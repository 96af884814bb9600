import Tracker

extension PersonTranscript {
    /// Gathers a person's records from their history. `program` and `status` come from the
    /// rules, which the caller applies (see `Tracker.standing(of:on:)`); the roster gives
    /// the roster record and the names of verifying supervisors.
    public init(history: PersonHistory, roster: Roster, program: String, status: StatusSummary) {
        let person = history.person
        var certifications: [Record] = []
        var continuingEducation: [Record] = []
        var training: [Record] = []
        var requirements: [Record] = []
        var attempts: [Record] = []
        var verifications: [RecordID: [Record]] = [:]
        var voids: [RecordID: [Record]] = [:]
        var evidence: [RecordID: [Record]] = [:]
        for record in history.records {
            switch record.kind {
            case .certify, .recertify: certifications.append(record)
            case .ce: continuingEducation.append(record)
            case .training: training.append(record)
            case .course, .attestation, .document: requirements.append(record)
            case .attempt: attempts.append(record)
            case .verify: if let target = record.key(of: "target") { verifications[target, default: []].append(record) }
            case .void: if let target = record.key(of: "target") { voids[target, default: []].append(record) }
            case .evidence: if let target = record.key(of: "target") { evidence[target, default: []].append(record) }
            // Supervision is this agency's own arrangement, not part of a transcript; nor
            // are a learner's reviews.
            case .agency, .person, .progress, .lesson, .review, .import, .supervise: break
            }
        }
        func course(_ record: Record) -> Course {
            let key = record.key
            return Course(record: record, verifications: verifications[key] ?? [], voids: voids[key] ?? [], evidence: evidence[key] ?? [])
        }
        let rosterRecord = roster.record(of: person)
            ?? Record(id: person.recordID, kind: .person, time: "", account: "", actor: nil, fields: [("person", person.id), ("name", person.name)])
        var names: [String: String] = [:]
        for verification in verifications.values.joined() {
            if let supervisor = verification.actor, let name = roster.person(supervisor)?.name {
                names[supervisor] = name
            }
        }
        self.init(
            person: Record(
                id: rosterRecord.id, kind: .person, time: rosterRecord.time, account: rosterRecord.account, actor: rosterRecord.actor,
                fields: rosterRecord.fields.filter { $0.key != "login" && $0.key != "supervisor" }.map { ($0.key, $0.value) }),
            program: program,
            certificateNumber: PersonTranscript.certificateNumber(certifications),
            certifications: certifications,
            continuingEducation: continuingEducation.map(course),
            training: training.map(course),
            requirements: requirements.map(course),
            attempts: attempts,
            status: status,
            supervisorNames: names)
    }

    /// The number on the latest award record, if it has one.
    static func certificateNumber(_ certifications: [Record]) -> String? {
        certifications.compactMap(Award.init).last?.number
    }
}
