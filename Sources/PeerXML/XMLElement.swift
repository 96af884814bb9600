/// An element read from a document: its name, attributes, child elements, direct text and
/// where it starts, so that later checks can point at the line that is wrong.
public struct XMLElement: Sendable, Equatable {
    /// The element's local name.
    public var name: String
    /// Attributes in document order, by local name.
    public var attributes: [(name: String, value: String)]
    /// Child elements in document order.
    public var children: [XMLElement]
    /// The element's own text (text and CDATA children joined), without the children's text;
    /// white space only, in an element with children, is layout and is left out.
    public var text: String
    /// The line of the start tag.
    public var line: Int
    /// The column just after the start tag.
    public var column: Int

    /// Makes an element.
    public init(
        name: String, attributes: [(name: String, value: String)] = [], children: [XMLElement] = [],
        text: String = "", line: Int = 0, column: Int = 0
    ) {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.text = text
        self.line = line
        self.column = column
    }

    /// The value of the attribute with this local name, if present.
    public subscript(attribute name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The first child with this name.
    public func child(_ name: String) -> XMLElement? {
        children.first { $0.name == name }
    }

    /// Every child with this name, in order.
    public func children(_ name: String) -> [XMLElement] {
        children.filter { $0.name == name }
    }

    /// The text with runs of white space folded to one space and the ends trimmed.
    public var normalizedText: String {
        XMLElement.foldWhitespace(text)
    }

    /// Folds runs of XML white space (space, tab, CR, LF) to one space and trims the ends,
    /// working on UTF-8 bytes (other characters pass through untouched).
    public static func foldWhitespace(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                pendingSpace = !bytes.isEmpty
            } else {
                if pendingSpace { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func == (lhs: XMLElement, rhs: XMLElement) -> Bool {
        lhs.name == rhs.name && lhs.text == rhs.text && lhs.children == rhs.children
            && lhs.attributes.map(\.name) == rhs.attributes.map(\.name)
            && lhs.attributes.map(\.value) == rhs.attributes.map(\.value)
    }
}
