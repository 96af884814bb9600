import Foundation
import PeerTrackCore

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Where a command reads answers and writes screens: the terminal, or a test's buffers. As
/// the runner's terminal (`write`, `readLine`, `isInteractive`, `usesColor`, `width`),
/// after Ctrl-C every read is the end of input, even of lines already buffered.
public protocol Console: Terminal {
    /// Writes bytes to standard output as they are (a PDF, an image).
    func write(bytes: [UInt8])
    /// Writes to standard error.
    func writeError(_ text: String)
    /// Whether standard output is a terminal (where a PDF's bytes must not go).
    var outputIsTerminal: Bool { get }
}

/// The process's own standard input, output and error.
public final class StandardConsole: Console {
    private let environment: [String: String]

    /// Makes the console; `environment` decides colour and width.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    public func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    public func write(bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }

    /// Writes a message with any control character in it (from a value it echoes) shown as
    /// an escape; line breaks stay.
    public func writeError(_ text: String) {
        FileHandle.standardError.write(Data(SafeText.visibleLines(text).utf8))
    }

    public func readLine() -> String? {
        guard !Interrupt.wasReceived else { return nil }
        let line = Swift.readLine(strippingNewline: true)
        return Interrupt.wasReceived ? nil : line
    }

    public var isInteractive: Bool {
        isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    }

    public var outputIsTerminal: Bool {
        isatty(STDOUT_FILENO) == 1
    }

    public var usesColor: Bool {
        isatty(STDOUT_FILENO) == 1 && environment["TERM"] != "dumb" && environment["NO_COLOR"] == nil
    }

    public var width: Int {
        if let columns = environment["COLUMNS"].flatMap({ Int($0) }), columns > 20 { return columns }
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 {
            return Int(size.ws_col)
        }
        return 80
    }
}

/// A console over strings, for tests and scripted runs: answers come from a list,
/// screens go to buffers.
public final class BufferConsole: Console {
    /// Everything written to standard output.
    public private(set) var output = ""
    /// Everything written to standard error.
    public private(set) var errors = ""
    /// Bytes written to standard output as bytes (documents), in order.
    public private(set) var outputBytes: [UInt8] = []
    private var input: [String]
    public let isInteractive: Bool
    /// As a terminal when interactive.
    public var outputIsTerminal: Bool { isInteractive }
    public let usesColor: Bool
    public let width: Int

    /// Makes a console that answers with `input`, one line per read.
    public init(input: [String] = [], interactive: Bool = false, color: Bool = false, width: Int = 80) {
        self.input = input
        self.isInteractive = interactive
        self.usesColor = color
        self.width = width
    }

    public func write(_ text: String) { output += text }
    public func write(bytes: [UInt8]) { outputBytes += bytes }
    public func writeError(_ text: String) { errors += SafeText.visibleLines(text) }

    public func readLine() -> String? {
        input.isEmpty || Interrupt.wasReceived ? nil : input.removeFirst()
    }
}
