// swift-tools-version:6.0
// Built and tested on Linux (Debian 12, Swift 6.3) only: the code uses Glibc directly.
import PackageDescription

let package = Package(
    name: "PeerTrack",
    products: [
        .executable(name: "peertrack", targets: ["peertrack"]),
    ],
    targets: [
        // libxml2 through the system's pkg-config; Debian: libxml2-dev.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The Linux calls Swift's Glibc module lacks: setfsgid(2), prctl(2).
        .target(name: "CSystem"),
        // Shared value types (calendar days, hours) and the system-call seam, privileges included.
        .target(name: "PeerTrackCore", dependencies: ["CSystem"]),
        // The only target that sees libxml2's C types: safe reading, schema validation, writing.
        .target(name: "PeerXML", dependencies: ["CLibXML2", "PeerTrackCore"]),
        // Lessons and quizzes: model, loader, cross-checks.
        .target(name: "Curriculum", dependencies: ["PeerXML", "PeerTrackCore"], resources: [.copy("Schemas")]),
        // The record journal, people, CE hours, verification and renewal status.
        .target(name: "Tracker", dependencies: ["PeerXML", "PeerTrackCore"], resources: [.copy("Schemas")]),
        // FSRS-6 spaced repetition as pure functions: memory state, retrievability, next review.
        .target(name: "SpacedRepetition", dependencies: ["PeerTrackCore"]),
        // Quiz engine and the terminal that presents lessons and quizzes; review of missed questions.
        .target(name: "Runner", dependencies: ["Curriculum", "Tracker", "SpacedRepetition"]),
        // XML transcripts: export, validate, import.
        .target(name: "Transcripts", dependencies: ["PeerXML", "PeerTrackCore", "Tracker"], resources: [.copy("Schemas")]),
        // Question banks in Moodle XML and GIFT: import to and export from PeerTrack quizzes.
        .target(name: "QuestionBanks", dependencies: ["Curriculum", "PeerXML", "PeerTrackCore"]),
        // Documents people print and pages they look at: PDF and HTML written by PeerTrack itself.
        .target(name: "Documents", dependencies: ["PeerTrackCore"]),
        // What each command does: typed inputs in, a typed result or a domain error out; the
        // wording of results, documents' content, spreadsheets and the store's whereabouts.
        .target(name: "Operations", dependencies: ["Curriculum", "Tracker", "Runner", "Transcripts", "QuestionBanks", "Documents", "PeerTrackCore"]),
        // Commands: argument parsing into typed values, one call each, rendering and exit codes.
        .target(name: "PeerTrackCLI", dependencies: ["Operations", "Curriculum", "Tracker", "Runner", "Transcripts", "QuestionBanks", "Documents"]),
        .executableTarget(name: "peertrack", dependencies: ["PeerTrackCLI", "PeerTrackCore", "Runner"]),
        // Benchmarks: synthetic stores and measurements against physical floors.
        .target(name: "BenchmarkKit", dependencies: ["Tracker", "PeerTrackCore", "Curriculum"]),
        .executableTarget(name: "peertrack-bench", dependencies: ["BenchmarkKit", "Curriculum", "peertrack", "foundation-floor"]),
        .executableTarget(name: "foundation-floor"),

        .testTarget(name: "PeerTrackCoreTests", dependencies: ["PeerTrackCore"]),
        .testTarget(name: "PeerXMLTests", dependencies: ["PeerXML"]),
        .testTarget(name: "CurriculumTests", dependencies: ["Curriculum"], resources: [.copy("Fixtures")]),
        .testTarget(name: "TrackerTests", dependencies: ["Tracker"]),
        .testTarget(name: "RunnerTests", dependencies: ["Runner", "TestTools"]),
        .testTarget(name: "SpacedRepetitionTests", dependencies: ["SpacedRepetition"], resources: [.copy("Reference")]),
        .testTarget(name: "TranscriptsTests", dependencies: ["Transcripts", "BenchmarkKit"]),
        .testTarget(name: "BenchmarkKitTests", dependencies: ["BenchmarkKit"]),
        .testTarget(name: "OperationsTests", dependencies: ["Operations", "TestTools"], exclude: ["Fixtures"]),
        .testTarget(name: "EndToEndTests", dependencies: ["PeerTrackCLI", "Runner", "BenchmarkKit", "TestTools"]),
        .testTarget(name: "QuestionBanksTests", dependencies: ["QuestionBanks", "Runner"], resources: [.copy("Fixtures")]),
        .target(name: "TestTools", path: "Tests/TestTools"),
        .testTarget(name: "DocumentsTests", dependencies: ["Documents", "TestTools"]),
    ]
)
