/// A document that a lesson or question draws on: a seed file or a public page.
public struct Source: Sendable, Equatable, Codable {
    /// The seed document's file name, if the source is a seed.
    public var seed: String?
    /// The public page's address, if the source is on the web.
    public var url: String?
    /// A human-readable title, e.g. "NC CPSS Code of Ethics, rule of conduct 11".
    public var title: String

    /// Makes a source.
    public init(seed: String? = nil, url: String? = nil, title: String) {
        self.seed = seed
        self.url = url
        self.title = title
    }

    /// One line that names the source and where to find it.
    public var citation: String {
        if let seed { return "\(title) (\(seed))" }
        if let url { return "\(title) (\(url))" }
        return title
    }
}
