import PeerTrackCore

/// The programs as a snapshot writes them: in id order, each field by field in declaration
/// order; hours as hundredths, enumerations by a tag or their raw value.
extension BinaryWriter {
    mutating func programs(_ programs: [String: Program]) {
        int(programs.count)
        for id in programs.keys.sorted() {
            if let program = programs[id] { self.program(program) }
        }
    }

    private mutating func program(_ program: Program) {
        string(program.id)
        string(program.name)
        string(program.authority)
        strings(program.sources)
        int(program.cycleMonths)
        string(program.anchor.rawValue)
        switch program.dueRule {
        case .endOfMonth: int(0)
        case .anniversary: int(1)
        case .fixed(let month, let day): int(2); int(month); int(day)
        }
        int(program.graceDays)
        int(program.lateFee)
        int(program.renewalFee)
        int(program.reminderDays)
        int(program.requiredHours.hundredths)
        string(program.countsFrom.rawValue)
        categories(program.categories)
        int(program.designations.count)
        for designation in program.designations {
            string(designation.id)
            string(designation.name)
            categories(designation.categories)
        }
        string(program.supervisorCourse)
        int(program.supervisorCourseHours.hundredths)
        bool(program.supervisorCourseRequired)
        optional(program.timeZone)
        requirements(program.application)
        requirements(program.renewal)
    }

    private mutating func categories(_ categories: [Program.Category]) {
        int(categories.count)
        for category in categories {
            string(category.id)
            string(category.name)
            int(category.minimum.hundredths)
            optional(category.cap?.hundredths)
        }
    }

    private mutating func requirements(_ requirements: [Requirement]) {
        int(requirements.count)
        for requirement in requirements {
            string(requirement.id)
            string(requirement.name)
            switch requirement.rule {
            case .course(let minimum): int(0); int(minimum.hundredths)
            case .hours(let required, let categories): int(1); int(required.hundredths); self.categories(categories)
            case .document(let count): int(2); int(count)
            case .attestation: int(3)
            case .deadline(let course, let months): int(4); string(course); int(months)
            }
        }
    }
}
