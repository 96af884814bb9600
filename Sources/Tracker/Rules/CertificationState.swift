/// Where a person stands with their certification on a given day.
public enum CertificationState: String, Sendable, CaseIterable {
    /// No award on or before the day.
    case notCertified = "not-certified"
    /// Certified, with the due date further off than the reminder window.
    case current
    /// Certified, with the due date inside the reminder window.
    case dueSoon = "due-soon"
    /// Past the due date, inside the late window: renewal is still possible, with a late fee.
    case grace
    /// Past the late window: the person must apply again as a new applicant.
    case lapsed
}
