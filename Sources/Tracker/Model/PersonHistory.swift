import PeerTrackCore

/// Everything on record about one person, typed: awards and renewals, CE with its
/// verification and voids, training, quiz attempts and lessons read. Built by the tracker
/// from exactly that person's lines, so it can never be missing some of them.
public struct PersonHistory: Sendable {
    /// Who it is about.
    public let person: Person
    /// Their records other than the roster record, oldest first.
    public let records: [Record]
    /// The first void and verify record naming each record.
    private var voids: [RecordID: Record] = [:]
    private var verifications: [RecordID: Record] = [:]

    /// The history of `person` from their records, oldest first.
    init(person: Person, records: [Record]) {
        self.person = person
        self.records = records
        for record in records {
            guard record.kind == .void || record.kind == .verify, let target = record.key(of: "target") else { continue }
            if record.kind == .void {
                if voids[target] == nil { voids[target] = record }
            } else if verifications[target] == nil {
                verifications[target] = record
            }
        }
    }

    /// Initial awards, oldest first.
    public var awards: [Award] { records.compactMap(Award.init) }
    /// Recertifications, in date order.
    public var recertifications: [Recertification] { records.compactMap(Recertification.init).sorted { $0.date < $1.date } }
    /// CE records, voided ones included, oldest first.
    public var continuingEducation: [CERecord] { records.compactMap(CERecord.init) }
    /// Training records (such as the supervisor course), voided ones included, oldest first.
    public var training: [TrainingRecord] { records.compactMap(TrainingRecord.init) }
    /// Finished quiz attempts and attempts saved part-way, oldest first.
    public var attempts: [QuizAttempt] { records.compactMap(QuizAttempt.init) }
    /// Lessons read to the end, oldest first.
    public var lessonsRead: [LessonRead] { records.compactMap(LessonRead.init) }
    /// Evidence files attached to CE records, oldest first.
    public var evidence: [Evidence] { records.compactMap(Evidence.init) }

    /// The evidence attached to a record, oldest first (the last is the one to hand out).
    public func evidence(of id: String) -> [Evidence] {
        evidence.filter { $0.target == id }
    }

    /// The verification of a record, if it has one (the first, if several).
    public func verification(of id: String) -> Verification? {
        verifications[RecordID(id)].flatMap(Verification.init)
    }

    /// The void of a record, if it was voided (the first, if several).
    public func void(of id: String) -> VoidRecord? {
        voids[RecordID(id)].flatMap(VoidRecord.init)
    }

    /// Whether a record was voided.
    public func isVoided(_ id: String) -> Bool {
        voids[RecordID(id)] != nil
    }

    /// The CE records that are not voided, as the renewal rules see them.
    public var ceEntries: [CEEntry] {
        records.compactMap { record in
            guard record.kind == .ce else { return nil }
            let key = record.key
            guard voids[key] == nil else { return nil }
            return record.withFields(PersonHistory.ceKeys) { fields -> CEEntry? in
                guard let date = fields.value(0).flatMap(Day.init(utf8:)), let hours = fields.value(1).flatMap(Hours.init(utf8:)) else {
                    return nil
                }
                return CEEntry(
                    date: date, hours: hours, category: fields.value(2).map(Record.text) ?? "", verified: verifications[key] != nil)
            }
        }
    }

    private static let ceKeys = RecordKeys(["date", "hours", "category"])

    /// Whether the person completed a course with this title (any case) on or before `day`,
    /// in a training record that is not voided.
    public func hasTraining(course: String, by day: Day) -> Bool {
        let wanted = course.lowercased()
        return training.contains { !isVoided($0.stamp.id) && $0.course.lowercased() == wanted && $0.date <= day }
    }
}

extension PersonHistory {
    /// Approved courses, voided ones included, oldest first.
    public var courses: [CourseRecord] { records.compactMap(CourseRecord.init) }
    /// Attestations, voided ones included, oldest first.
    public var attestations: [Attestation] { records.compactMap(Attestation.init) }
    /// Documents received, voided ones included, oldest first.
    public var documents: [DocumentRecord] { records.compactMap(DocumentRecord.init) }
}
