import CLibXML2
import Foundation
import PeerTrackCore

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Reads a file of any size in one streaming pass, validating it against a schema as the
/// bytes go by, and hands over the root's children one at a time as each closes, so that
/// memory is bounded by the largest child, never by the file. It keeps every rule of
/// `SafeXMLReader` (no DOCTYPE, no entities, no network) and replaces its whole-file cap
/// by caps that bound memory: nesting depth, the length of one text or attribute value,
/// and the number of elements in one child of the root.
public struct StreamingXMLReader: Sendable {
    /// The caps on one document.
    public struct Limits: Sendable {
        /// The deepest element nesting accepted.
        public var maxDepth: Int
        /// The longest text of one element, or value of one attribute, in bytes.
        public var maxTextBytes: Int
        /// The most elements one child of the root may hold, itself included.
        public var maxItemElements: Int
        /// What a child of the root is called in messages ("<Person>").
        public var itemName: String

        /// Makes limits.
        public init(maxDepth: Int, maxTextBytes: Int, maxItemElements: Int, itemName: String) {
            self.maxDepth = maxDepth
            self.maxTextBytes = maxTextBytes
            self.maxItemElements = maxItemElements
            self.itemName = itemName
        }
    }

    /// The caps.
    public var limits: Limits

    /// Makes a reader.
    public init(limits: Limits) {
        self.limits = limits
    }

    /// Reads `url` once. `root` gets the root element (name, attributes, position) as it
    /// opens; `item` gets each child of the root, whole, as it closes. Returns every problem
    /// the parser, the schema and the caps found; none when the document is sound. The
    /// handlers may have been called before a problem further on was found.
    public func read(
        contentsOf url: URL, schema: XMLSchema?, displayName: String? = nil,
        root: (XMLElement) -> Void, item: (XMLElement) -> Void
    ) -> [XMLDiagnostic] {
        XMLLibrary.initialize()
        let name = displayName ?? url.path
        let collector = DiagnosticCollector(file: name)
        // libxml2 parses and validates on a thread of its own while the handlers work on
        // this one, through a queue that holds a bounded number of elements.
        let queue = ItemQueue(capacity: StreamingXMLReader.queuedElements)
        let parsing = Unchecked((self, url, name, schema, collector))
        let parser = Thread {
            let (reader, url, name, schema, collector) = parsing.value
            // Items go over in batches, so that the threads seldom meet at the lock.
            var batch: [ItemQueue.Event] = []
            var elements = 0
            func send() {
                queue.put(batch, elements: elements)
                batch.removeAll(keepingCapacity: true)
                elements = 0
            }
            reader.pass(
                url, name: name, schema: schema, collector: collector,
                root: { queue.put([.root($0)], elements: 1) },
                item: {
                    batch.append(.item($0))
                    elements += $1
                    if elements >= StreamingXMLReader.batchElements { send() }
                })
            if !batch.isEmpty { send() }
            queue.finish()
        }
        parser.stackSize = 8 << 20
        parser.start()
        while let events = queue.take() {
            for event in events {
                switch event {
                case .root(let element): root(element)
                case .item(let element): item(element)
                }
            }
        }
        guard !collector.isEmpty else { return [] }
        if schema != nil {
            // With a schema attached, libxml2 (2.9) reports a document that is not
            // well-formed only as invalid; read it again without the schema for the
            // parser's own words (only a document with problems is read twice).
            let plain = DiagnosticCollector(file: name)
            pass(url, name: name, schema: nil, collector: plain, root: { _ in }, item: { _, _ in })
            if !plain.isEmpty { return plain.diagnostics }
        }
        return collector.diagnostics
    }

    /// How many elements may wait between the parser and the handlers.
    static let queuedElements = 10_000
    /// About how many elements go over at a time.
    static let batchElements = 4_000

    private func pass(
        _ url: URL, name: String, schema: XMLSchema?, collector: DiagnosticCollector,
        root: @escaping (XMLElement) -> Void, item: @escaping (XMLElement, Int) -> Void
    ) {
        let file: UserFile
        do {
            file = try UserFile(path: url.path)
        } catch {
            collector.add(line: 0, column: 0, message: "the file \(error.reason)")
            return
        }
        let input = FileInput(file: file)
        if file.size == 0 {
            collector.add(line: 1, column: 1, message: "the file is empty; expected an XML document")
            return
        }
        // libxml2 reads through these callbacks (no decompression, no URL handling) and
        // closes the input when the reader is freed.
        let context = Unmanaged.passRetained(input).toOpaque()
        guard let reader = xmlReaderForIO(readInput, closeInput, context, nil, "UTF-8", ReadingPass.options) else {
            Unmanaged<FileInput>.fromOpaque(context).release()
            collector.add(line: 0, column: 0, message: "the XML reader could not be created")
            return
        }
        let pass = ReadingPass(
            reader: reader, collector: collector, schema: schema,
            limits: limits, itemDepth: 1)
        pass.onRoot = root
        pass.onItem = item
        pass.doctypePosition = { input.position(of: "<!DOCTYPE") }
        _ = pass.run()
    }
}

/// A value handed to another thread that only that thread uses meanwhile.
private struct Unchecked<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// The elements read but not yet handled, held to a number of elements: the parser waits
/// while the queue is full (though one item always fits, however large).
private final class ItemQueue: @unchecked Sendable {
    enum Event {
        case root(XMLElement)
        case item(XMLElement)
    }

    private let condition = NSCondition()
    private let capacity: Int
    /// Waiting events from `head` on; taken ones are let go at once.
    private var events: [(events: [Event], elements: Int)?] = []
    private var head = 0
    private var held = 0
    private var finished = false

    init(capacity: Int) {
        self.capacity = capacity
    }

    func put(_ batch: [Event], elements: Int) {
        condition.lock()
        while held > 0 && held + elements > capacity { condition.wait() }
        events.append((batch, elements))
        held += elements
        condition.broadcast()
        condition.unlock()
    }

    /// The next events, or nil once the parser has finished (after its last write to
    /// anything it shares) and everything was taken.
    func take() -> [Event]? {
        condition.lock()
        defer { condition.unlock() }
        while head == events.count && !finished { condition.wait() }
        guard head < events.count else { return nil }
        guard let next = events[head] else { return nil }
        events[head] = nil
        head += 1
        held -= next.elements
        if head == events.count {
            events.removeAll(keepingCapacity: true)
            head = 0
        }
        condition.broadcast()
        return next.events
    }

    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }
}

/// An open file that libxml2 reads through callbacks.
private final class FileInput {
    let file: UserFile
    var descriptor: Int32 { file.descriptor }

    init(file: UserFile) {
        self.file = file
    }

    /// Where `needle` first occurs in the file's first megabyte (a DOCTYPE can only be in
    /// the prolog).
    func position(of needle: String) -> (line: Int, column: Int)? {
        var head = [CChar](repeating: 0, count: 1 << 20)
        let count = head.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return head.withUnsafeBufferPointer { SafeXMLReader.position(of: needle, in: UnsafeBufferPointer(rebasing: $0[0..<count])) }
    }
}

private let readInput: xmlInputReadCallback = { context, buffer, length in
    guard let context, let buffer else { return -1 }
    let input = Unmanaged<FileInput>.fromOpaque(context).takeUnretainedValue()
    while true {
        let count = read(input.descriptor, buffer, Int(length))
        if count < 0, errno == EINTR { continue }
        return Int32(count)
    }
}

private let closeInput: xmlInputCloseCallback = { context in
    guard let context else { return -1 }
    Unmanaged<FileInput>.fromOpaque(context).release()
    return 0
}
