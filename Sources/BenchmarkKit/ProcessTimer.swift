import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// One run of a program: how long it took and its peak memory.
public struct RunSample: Sendable {
    /// Wall-clock seconds from spawn to exit.
    public var seconds: Double
    /// Peak resident memory in bytes (the kernel's ru_maxrss).
    public var peakBytes: Int
    /// The exit status.
    public var status: Int32
}

extension RunSample {
    /// The median time of samples, with the largest peak memory.
    static func median(_ samples: [RunSample]) -> RunSample {
        let times = samples.map(\.seconds).sorted()
        return RunSample(seconds: times[times.count / 2], peakBytes: samples.map(\.peakBytes).max() ?? 0, status: 0)
    }
}

/// Runs programs the way a user's shell would, timing them with a monotonic clock and
/// reading their peak memory from `wait4`.
public enum ProcessTimer {
    /// Runs `executable` with `arguments`, standard input from `input` and standard output
    /// to `output` (default /dev/null both).
    public static func run(
        _ executable: String, _ arguments: [String], environment: [String: String], output: String = "/dev/null", input: String = "/dev/null"
    ) throws -> RunSample {
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        var start = timespec()
        clock_gettime(CLOCK_MONOTONIC, &start)
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else { throw BenchmarkError.spawn(executable, spawned) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
        var end = timespec()
        clock_gettime(CLOCK_MONOTONIC, &end)
        let seconds = Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return RunSample(seconds: seconds, peakBytes: Int(usage.ru_maxrss) * 1024, status: exit)
    }

    /// Runs `runs` times and returns the median time and the largest peak memory; throws
    /// if any run fails.
    public static func median(
        runs: Int, _ executable: String, _ arguments: [String], environment: [String: String], output: String = "/dev/null",
        input: String = "/dev/null", before: () throws -> Void = {}
    ) throws -> RunSample {
        var samples: [RunSample] = []
        for _ in 0..<runs {
            try before()
            let sample = try run(executable, arguments, environment: environment, output: output, input: input)
            guard sample.status == 0 else {
                throw BenchmarkError.failed("\(URL(fileURLWithPath: executable).lastPathComponent) \(arguments.joined(separator: " "))", sample.status)
            }
            samples.append(sample)
        }
        return RunSample.median(samples)
    }
}

/// Why a benchmark could not run.
public enum BenchmarkError: Error, CustomStringConvertible {
    case spawn(String, Int32)
    case failed(String, Int32)
    case missing(String)

    public var description: String {
        switch self {
        case .spawn(let path, let code): "could not start \(path) (error \(code))"
        case .failed(let command, let status): "`\(command)` exited with status \(status)"
        case .missing(let what): "missing: \(what)"
        }
    }
}
