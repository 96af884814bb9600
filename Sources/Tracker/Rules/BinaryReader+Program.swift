import PeerTrackCore

/// The programs read back from a snapshot, in the order `BinaryWriter+Program` wrote them.
extension BinaryReader {
    mutating func programs() throws -> [String: Program] {
        var programs: [String: Program] = [:]
        for _ in 0..<(try count()) {
            let program = try program()
            guard programs.updateValue(program, forKey: program.id) == nil else { throw Damaged() }
        }
        return programs
    }

    private mutating func program() throws -> Program {
        let id = try string()
        let name = try string()
        let authority = try string()
        let sources = try strings()
        let cycleMonths = try int()
        guard let anchor = Program.Anchor(rawValue: try string()) else { throw Damaged() }
        let dueRule: Program.DueRule
        switch try int() {
        case 0: dueRule = .endOfMonth
        case 1: dueRule = .anniversary
        case 2: dueRule = .fixed(month: try int(), day: try int())
        default: throw Damaged()
        }
        let graceDays = try int()
        let lateFee = try int()
        let renewalFee = try int()
        let reminderDays = try int()
        let requiredHours = try hours()
        guard let countsFrom = Program.CountsFrom(rawValue: try string()) else { throw Damaged() }
        let categories = try self.categories()
        var designations: [Program.Designation] = []
        for _ in 0..<(try count()) {
            designations.append(Program.Designation(id: try string(), name: try string(), categories: try self.categories()))
        }
        var program = Program(
            id: id, name: name, authority: authority, sources: sources, cycleMonths: cycleMonths, anchor: anchor, dueRule: dueRule,
            graceDays: graceDays, lateFee: lateFee, renewalFee: renewalFee, reminderDays: reminderDays, requiredHours: requiredHours,
            countsFrom: countsFrom, categories: categories, designations: designations, supervisorCourse: try string(),
            supervisorCourseHours: try hours(), supervisorCourseRequired: try bool())
        program.timeZone = try optionalString()
        program.application = try requirements()
        program.renewal = try requirements()
        return program
    }

    private mutating func hours() throws -> Hours {
        Hours(hundredths: try int())
    }

    private mutating func categories() throws -> [Program.Category] {
        var categories: [Program.Category] = []
        for _ in 0..<(try count()) {
            categories.append(Program.Category(
                id: try string(), name: try string(), minimum: try hours(), cap: try optionalInt().map { Hours(hundredths: $0) }))
        }
        return categories
    }

    private mutating func requirements() throws -> [Requirement] {
        var requirements: [Requirement] = []
        for _ in 0..<(try count()) {
            let id = try string()
            let name = try string()
            let rule: Requirement.Rule
            switch try int() {
            case 0: rule = .course(minimumHours: try hours())
            case 1: rule = .hours(required: try hours(), categories: try categories())
            case 2: rule = .document(count: try int())
            case 3: rule = .attestation
            case 4: rule = .deadline(course: try string(), months: try int())
            default: throw Damaged()
            }
            requirements.append(Requirement(id: id, name: name, rule: rule))
        }
        return requirements
    }
}
