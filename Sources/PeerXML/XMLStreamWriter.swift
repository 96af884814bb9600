import PeerTrackCore
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Writes XML in one pass, straight to a file descriptor in 64 KiB pieces or into memory,
/// so memory does not grow with the size of the document. It cannot be copied (a copy
/// would hold its own unwritten bytes). Indented output is laid out as
/// libxml2's text writer lays it out (two spaces a level; an element holding only text on
/// one line), and text is escaped as it escapes it; every character is checked to be one
/// XML 1.0 can carry, so what it writes is always well-formed.
public struct XMLStreamWriter: ~Copyable {
    /// A write that failed (the disk is full, the descriptor closed, ...).
    public struct WriteError: Error, CustomStringConvertible {
        /// What was being written.
        public var operation: String
        /// The system's reason, if a system call failed.
        public var errno: Int32 = 0
        public var description: String { "could not write XML (\(operation))" }
    }

    /// Text holding a character XML 1.0 cannot carry (most control characters), or bytes
    /// that are not UTF-8. Nothing of it was written.
    public struct UnrepresentableText: Error, CustomStringConvertible {
        public var description: String { "the text holds a character XML cannot carry" }
    }

    private let descriptor: Int32?
    private let indent: Bool
    /// Bytes written and not yet handed over.
    private var bytes: UnsafeMutableRawPointer
    private var count = 0
    private var capacity: Int
    /// Names of the open elements, outermost first.
    private var open: [StaticString] = []
    /// Whether the innermost element's start tag still waits for its `>`.
    private var inStartTag = false
    /// Whether an end tag goes on a line of its own (false right after text).
    private var endOnNewLine = true

    private static let flushSize = 1 << 16

    /// Starts a writer on an open file descriptor, which stays open after `finish()`.
    public init(fileDescriptor: Int32, indent: Bool = true) {
        descriptor = fileDescriptor
        self.indent = indent
        capacity = XMLStreamWriter.flushSize * 2
        bytes = .allocate(byteCount: capacity, alignment: 16)
    }

    /// Starts a writer into memory, whose output `takeBytes()` hands over piece by piece:
    /// for writing parts of one document on several threads.
    public init(indent: Bool = true) {
        descriptor = nil
        self.indent = indent
        capacity = 1 << 14
        bytes = .allocate(byteCount: capacity, alignment: 16)
    }

    deinit {
        bytes.deallocate()
    }

    /// Hands over what a memory writer has written since the last call.
    public mutating func takeBytes() throws -> [UInt8] {
        guard descriptor == nil else { throw WriteError(operation: "take bytes from a file writer") }
        defer { count = 0 }
        return Array(UnsafeRawBufferPointer(start: bytes, count: count))
    }

    /// Pushes everything written so far out to the file descriptor.
    public mutating func flush() throws {
        guard let descriptor else { return }
        guard SystemCalls.current.writeAll(descriptor, UnsafeRawBufferPointer(start: bytes, count: count)) else {
            let code = errno
            throw WriteError(operation: "write (\(String(cString: strerror(code))))", errno: code)
        }
        count = 0
    }

    private mutating func flushIfFull() throws {
        if descriptor != nil, count >= XMLStreamWriter.flushSize { try flush() }
    }

    /// Makes room for `more` bytes.
    @inline(__always) private mutating func reserve(_ more: Int) {
        guard count + more > capacity else { return }
        let grown = max(capacity * 2, count + more)
        let larger = UnsafeMutableRawPointer.allocate(byteCount: grown, alignment: 16)
        larger.copyMemory(from: bytes, byteCount: count)
        bytes.deallocate()
        bytes = larger
        capacity = grown
    }

    @inline(__always) private mutating func append(_ byte: UInt8) {
        reserve(1)
        bytes.storeBytes(of: byte, toByteOffset: count, as: UInt8.self)
        count += 1
    }

    @inline(__always) private mutating func append(_ raw: UnsafeRawBufferPointer) {
        guard let source = raw.baseAddress, !raw.isEmpty else { return }
        reserve(raw.count)
        (bytes + count).copyMemory(from: source, byteCount: raw.count)
        count += raw.count
    }

    @inline(__always) private mutating func append(_ text: StaticString) {
        append(UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Writes the XML declaration (version 1.0, UTF-8).
    public mutating func startDocument() throws {
        append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" as StaticString)
    }

    /// Opens an element.
    public mutating func start(_ name: StaticString) throws {
        if inStartTag {
            append(indent ? ">\n" : ">" as StaticString)
        }
        open.append(name)
        if indent { writeIndent(open.count - 1) }
        append(UInt8(ascii: "<"))
        append(name)
        inStartTag = true
        try flushIfFull()
    }

    /// Writes an attribute on the element just opened; nil writes nothing.
    public mutating func attribute(_ name: StaticString, _ value: String?) throws {
        guard var value else { return }
        try value.withUTF8 { try attribute(name, bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Writes an attribute from UTF-8 bytes.
    public mutating func attribute(_ name: StaticString, bytes: UnsafeRawBufferPointer) throws {
        guard inStartTag else { throw WriteError(operation: "attribute \(name) outside a start tag") }
        let mark = count
        append(UInt8(ascii: " "))
        append(name)
        append("=\"" as StaticString)
        try escape(bytes, attribute: true, orTakeBackTo: mark, inStartTag: true)
        append(UInt8(ascii: "\""))
    }

    /// Writes escaped text.
    public mutating func text(_ value: String) throws {
        var value = value
        try value.withUTF8 { try text(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Writes escaped text from UTF-8 bytes.
    public mutating func text(bytes: UnsafeRawBufferPointer) throws {
        let mark = count
        let wasInStartTag = inStartTag
        if inStartTag {
            append(UInt8(ascii: ">"))
            inStartTag = false
        }
        try escape(bytes, attribute: false, orTakeBackTo: mark, inStartTag: wasInStartTag)
        endOnNewLine = false
        try flushIfFull()
    }

    /// Closes the innermost open element.
    public mutating func end() throws {
        guard let name = open.popLast() else { throw WriteError(operation: "end element with none open") }
        if inStartTag {
            append("/>" as StaticString)
            inStartTag = false
        } else {
            if indent, endOnNewLine { writeIndent(open.count) }
            append("</" as StaticString)
            append(name)
            append(UInt8(ascii: ">"))
        }
        endOnNewLine = true
        if indent { append(UInt8(ascii: "\n")) }
        try flushIfFull()
    }

    /// Writes `<name>value</name>`; nil writes nothing.
    public mutating func element(_ name: StaticString, _ value: String?) throws {
        guard var value else { return }
        try value.withUTF8 { try element(name, bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Writes `<name>value</name>` from UTF-8 bytes (what `start`, `text` and `end` would
    /// write, in one go).
    public mutating func element(_ name: StaticString, bytes: UnsafeRawBufferPointer) throws {
        let mark = count
        let wasInStartTag = inStartTag
        if inStartTag {
            append(indent ? ">\n" : ">" as StaticString)
            inStartTag = false
        }
        if indent { writeIndent(open.count) }
        append(UInt8(ascii: "<"))
        append(name)
        append(UInt8(ascii: ">"))
        try escape(bytes, attribute: false, orTakeBackTo: mark, inStartTag: wasInStartTag)
        append("</" as StaticString)
        append(name)
        append(indent ? ">\n" : ">" as StaticString)
        endOnNewLine = true
        try flushIfFull()
    }

    /// Closes every open element and flushes everything to the descriptor.
    public mutating func finish() throws {
        while !open.isEmpty { try end() }
        try flush()
    }

    private mutating func writeIndent(_ level: Int) {
        reserve(level * 2)
        (bytes + count).initializeMemory(as: UInt8.self, repeating: UInt8(ascii: " "), count: level * 2)
        count += level * 2
    }

    /// Escapes bytes; on a refused character takes back everything written since `mark`,
    /// restores whether a start tag was open, and throws.
    private mutating func escape(
        _ bytes: UnsafeRawBufferPointer, attribute: Bool, orTakeBackTo mark: Int, inStartTag wasInStartTag: Bool
    ) throws(UnrepresentableText) {
        do {
            try escape(bytes, attribute: attribute)
        } catch {
            count = mark
            inStartTag = wasInStartTag
            throw error
        }
    }

    /// Bytes below 64 that need a look: control characters, `"`, `&`, `<` and `>`.
    private static let special: UInt64 = 0xFFFF_FFFF | 1 << 34 | 1 << 38 | 1 << 60 | 1 << 62

    /// Appends text escaped for content (`&`, `<`, `>`, `"` and carriage return) or for an
    /// attribute value (those and tab and newline, which a parser would otherwise turn into
    /// spaces). Throws unless the bytes are UTF-8 of characters XML 1.0 allows; what was
    /// appended is then the caller's to take back.
    private mutating func escape(_ text: UnsafeRawBufferPointer, attribute: Bool) throws(UnrepresentableText) {
        var plainStart = 0
        var ascii = true
        for index in 0..<text.count {
            let byte = text[index]
            // Most bytes need nothing: letters, digits and most punctuation pass with a
            // comparison and a bit test.
            if byte >= 64 {
                if byte >= 0x80 { ascii = false }
                continue
            }
            if XMLStreamWriter.special & (1 << UInt64(byte)) == 0 { continue }
            let replacement: StaticString
            switch byte {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            case UInt8(ascii: "\r"): replacement = "&#13;"
            case UInt8(ascii: "\n") where attribute: replacement = "&#10;"
            case UInt8(ascii: "\t") where attribute: replacement = "&#9;"
            case 0x20..., UInt8(ascii: "\n"), UInt8(ascii: "\t"): continue
            default: throw UnrepresentableText()
            }
            append(UnsafeRawBufferPointer(rebasing: text[plainStart..<index]))
            append(replacement)
            plainStart = index + 1
        }
        append(UnsafeRawBufferPointer(rebasing: text[plainStart..<text.count]))
        if !ascii { try XMLStreamWriter.checkUnicode(text) }
    }

    /// Throws unless the bytes are UTF-8 without the two non-characters XML 1.0 excludes.
    private static func checkUnicode(_ bytes: UnsafeRawBufferPointer) throws(UnrepresentableText) {
        guard let text = String(validating: bytes, as: UTF8.self) else { throw UnrepresentableText() }
        for scalar in text.unicodeScalars where (0xFFFE...0xFFFF).contains(scalar.value) {
            throw UnrepresentableText()
        }
    }
}
