import Tracker

/// One person's part of a transcript: their roster record, certification history, CE with
/// its verification and voids, other training, quiz attempts and renewal status.
public struct PersonTranscript: Sendable {
    /// A CE or training record together with the records about it.
    public struct Course: Sendable {
        /// The CE or training record.
        public var record: Record
        /// Verify records naming it, oldest first (the first is the one that counts).
        public var verifications: [Record]
        /// Void records naming it, oldest first.
        public var voids: [Record]
        /// Evidence records naming it (a file's hash, name and size), oldest first.
        public var evidence: [Record]

        /// Makes an entry.
        public init(record: Record, verifications: [Record] = [], voids: [Record] = [], evidence: [Record] = []) {
            self.record = record
            self.verifications = verifications
            self.voids = voids
            self.evidence = evidence
        }

        /// The record and those about it, in the order an import appends them.
        public var records: [Record] { [record] + verifications + voids + evidence }
    }

    /// A part of a person's transcript that a diagnostic can point at.
    public enum Part: Hashable, Sendable {
        /// The person's element, and their roster record.
        case person
        /// The `Program` element.
        case program
        /// The `CertificateNumber` element.
        case certificateNumber
        /// The `RenewalStatus` element.
        case status
        /// The status's `Hours` element.
        case hours
        /// The element of the record with this id.
        case record(String)
        /// The status's `Category` element with this id.
        case category(String)
    }

    /// The roster record (without the login, which is an account at the issuing agency).
    public var person: Record
    /// The program the renewal status follows.
    public var program: String
    /// The number on the latest award, if it has one.
    public var certificateNumber: String?
    /// Award and recertification records, in journal order.
    public var certifications: [Record]
    /// CE records, with their verification and voids, in journal order.
    public var continuingEducation: [Course]
    /// Training other than CE, such as the supervisor course.
    public var training: [Course]
    /// Records that meet certification requirements (approved courses, attestations,
    /// documents), with their voids and, for documents, nothing else: a document names its
    /// own file.
    public var requirements: [Course]
    /// Finished quiz attempts.
    public var attempts: [Record]
    /// The renewal status on the export date.
    public var status: StatusSummary
    /// The names of verifying supervisors the issuing agency knows, by id.
    public var supervisorNames: [String: String]
    /// Where parts were read from a file; empty for a transcript built from a store.
    public var positions: [Part: SourcePosition]

    /// Makes a person's transcript from its parts.
    public init(
        person: Record, program: String, certificateNumber: String?, certifications: [Record], continuingEducation: [Course],
        training: [Course], requirements: [Course] = [], attempts: [Record], status: StatusSummary, supervisorNames: [String: String] = [:],
        positions: [Part: SourcePosition] = [:]
    ) {
        self.person = person
        self.program = program
        self.certificateNumber = certificateNumber
        self.certifications = certifications
        self.continuingEducation = continuingEducation
        self.training = training
        self.requirements = requirements
        self.attempts = attempts
        self.status = status
        self.supervisorNames = supervisorNames
        self.positions = positions
    }

    /// The agency's id for the person.
    public var id: String { PersonRecord(person)?.person ?? "" }
    /// The person's name.
    public var name: String { PersonRecord(person)?.name ?? "" }

    /// Every record, in the order an import appends them.
    public var records: [Record] {
        [person] + certifications + continuingEducation.flatMap(\.records) + training.flatMap(\.records) + requirements.flatMap(\.records) + attempts
    }

    /// Where a part was read, else where the person was, if known.
    public func position(of part: Part) -> SourcePosition? {
        positions[part] ?? positions[.person]
    }
}
